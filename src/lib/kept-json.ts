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
