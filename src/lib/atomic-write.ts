import { renameSync, writeFileSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let writes = 0;

/**
 * A name beside `file` that no other write uses, in this process or another: two writes of the
 * same file at once each rename their own. Ends in `.partial`, so a folder's leftovers are known.
 */
const partialOf = (file: string): string => `${file}.${process.pid}-${(writes += 1)}.partial`;

/** Written under a temporary name and renamed, so an interrupted build never leaves half a file. */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const partial = partialOf(file);
  await writeFile(partial, data);
  await rename(partial, file);
}

/** `writeFileAtomically`, for callers that must finish before they return. */
export function writeFileAtomicallySync(file: string, data: string | Uint8Array): void {
  const partial = partialOf(file);
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/**
 * Removes what interrupted writes of `file` left beside it (`file.<pid>-<n>.partial`): a file kept
 * whole in a folder shared with others has no folder of its own to be pruned with.
 */
export async function removePartialWrites(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  const names = await readdir(dirname(file)).catch((): string[] => []);
  await Promise.all(names.filter((name) => name.startsWith(prefix) && name.endsWith('.partial')).map((name) => rm(join(dirname(file), name), { force: true })));
}
