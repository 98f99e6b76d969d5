import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicallySync } from './atomic-write.ts';
import { CACHE_DIR } from './cache-dir.ts';
import type { KeyedStore } from './keyed-store.ts';
import { sourceDigest } from './source-digest.ts';

/**
 * A `KeyedStore` kept in Astro's build cache as one JSON file (`<cacheDir>/<fileName>`), for the
 * next build. Its entries are read only under the same `sourceDigest` they were written under, so
 * any change to the code or a dependency starts an empty store.
 */
export interface PersistedStoreOptions {
  /**
   * Which entries the next build finds. `all`: every one stored under this code, for stores whose
   * keys are few and recur whatever the content (citation templates: a page rendered in a later
   * build needs its style's template even if this build rendered no page that used it). `used`:
   * only those this build read or wrote, for stores keyed by content, which would otherwise keep an
   * entry for every version of every section ever built.
   */
  keep: 'all' | 'used';
}

/** A store's file: its entries and the digest they were written under. */
export interface Stored<T> {
  digest: string;
  entries: Record<string, T>;
}

/** The entries of a store's file (`Stored`) if they were written under `digest`; none if not, or if there is no readable file. */
export function readEntries<T>(file: string, digest: string): Record<string, T> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored<T>>;
    if (data.digest === digest && typeof data.entries === 'object' && data.entries !== null) return data.entries;
  } catch {
    // No store yet, or an unreadable one: start a new one.
  }
  return {};
}

function writeEntries<T>(file: string, data: Stored<T>): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileAtomicallySync(file, JSON.stringify(data));
}

function openStore<T>(fileName: string, { keep }: PersistedStoreOptions): KeyedStore<T> {
  const file = join(CACHE_DIR, fileName);
  let last: Record<string, T> | undefined;
  const next: Record<string, T> = {};
  let saving = false;
  let written = false;
  const lastEntries = () => (last ??= readEntries<T>(file, sourceDigest()));

  function save(): void {
    saving = false;
    written = true;
    const entries = keep === 'all' ? { ...lastEntries(), ...next } : next;
    try {
      writeEntries(file, { digest: sourceDigest(), entries });
    } catch (error) {
      // A store that cannot be written costs the next build time, not this build its output.
      process.emitWarning(`${fileName} could not be kept for the next build: ${String(error)}`);
    }
  }

  /**
   * Saves once the current synchronous run is over, however many entries it set: a build from
   * nothing sets one per section in a single loop, and writing the whole file on each would cost
   * the square of the sections. A microtask rather than `setImmediate` or 'beforeExit', because a
   * microtask runs before anything that follows the caller can end the process (Astro's CLI
   * returning to a `process.exit`, a test starting the next build), so what was set is always kept.
   */
  function saveSoon(): void {
    if (saving) return;
    saving = true;
    queueMicrotask(save);
  }

  return {
    get(key) {
      if (Object.hasOwn(next, key)) return next[key];
      const entries = lastEntries();
      if (!Object.hasOwn(entries, key)) return undefined;
      if (keep === 'used') {
        next[key] = entries[key] as T;
        // Until this build writes the file it still holds the entry; once written, it must again.
        if (written) saveSoon();
      }
      return entries[key];
    },
    set(key, value) {
      next[key] = value;
      saveSoon();
    },
  };
}

const stores = new Map<string, KeyedStore<unknown>>();

/**
 * The store kept in `fileName`, one per file in a process however many ask, so that callers never
 * overwrite each other's entries; the first caller's options hold. A build that only reads leaves
 * the file as it was: with `used`, entries the build no longer needs go at the next build that
 * sets one, so the file never holds much more than one build's entries.
 */
export function persistedStore<T>(fileName: string, options: PersistedStoreOptions): KeyedStore<T> {
  let store = stores.get(fileName);
  if (store === undefined) {
    store = openStore<T>(fileName, options);
    stores.set(fileName, store);
  }
  return store as KeyedStore<T>;
}
