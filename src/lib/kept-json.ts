import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { removePartialWrites, writeFileAtomically } from './atomic-write.ts';

/**
 * A JSON file the build keeps in its cache for the next build, read whole and written whole (the
 * MDX compilations, the sections' rendered texts): one file rather than one per entry, since every
 * file a build creates costs it on this machine's file system (see the README's Benchmark).
 */

/** The file's value, or undefined when there is none or it cannot be read. */
export function readKeptJson<T>(file: string): Promise<T | undefined> {
  return readFile(file, 'utf8')
    .then((json) => JSON.parse(json) as T)
    .catch(() => undefined);
}

/**
 * Writes `value` under a temporary name and renames it, then removes what interrupted writes left
 * beside it. A file that cannot be kept costs the next build its work, not this build its output:
 * it warns rather than throws.
 */
export async function writeKeptJson(file: string, value: unknown): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomically(file, JSON.stringify(value));
    await removePartialWrites(file);
  } catch (error) {
    process.emitWarning(`${file} could not be kept for the next build: ${String(error)}`);
  }
}

/**
 * Entries by key in such a file, of which a build keeps the ones it asked for or set, and only
 * those: the file holds one build's entries whatever the number of edits. Read on the first
 * `get`; written by `finish` only when this build set an entry or no longer asked for one, so a
 * build with nothing changed, or one that asked for nothing (the dev server), leaves it as it was.
 * Unlike `persistedStore`, which writes its file after each run of code that sets entries, it
 * writes once: compilations and texts are set one at a time across the build, and the 300 parts'
 * compilations alone come to 2.85 MB.
 */
export interface KeptEntries<T> {
  /** The last build's entry for `key` if there is one and it is `usable`, kept for the next build too. */
  get(key: string, usable?: (entry: T) => boolean): Promise<T | undefined>;
  /** This build's entry for `key`, in place of any the last build kept. */
  set(key: string, value: T): void;
  finish(): Promise<void>;
}

export function keptEntries<T>(file: string): KeptEntries<T> {
  const next: Record<string, T> = {};
  let set = false;
  let last: Promise<Record<string, T>> | undefined;
  const lastEntries = () => (last ??= readKeptJson<Record<string, T>>(file).then((entries) => entries ?? {}));
  return {
    async get(key, usable = () => true) {
      const entries = await lastEntries();
      const entry = Object.hasOwn(entries, key) ? (entries[key] as T) : undefined;
      if (entry === undefined || !usable(entry)) return undefined;
      next[key] = entry;
      return entry;
    },
    set(key, value) {
      set = true;
      next[key] = value;
    },
    async finish() {
      // Nothing set, and every entry the last build kept asked for again, or none asked for at all: the file already holds this build's.
      if (!set && (last === undefined || Object.keys(await last).length === Object.keys(next).length)) return;
      await writeKeptJson(file, next);
    },
  };
}
