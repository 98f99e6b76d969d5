import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A file to write: its absolute path and its bytes or text. */
export interface FileToWrite {
  file: string;
  data: string | Uint8Array;
}

/**
 * At most this many writes at once: enough to keep Node's file-system threads busy, few enough that a
 * report of a thousand sections does not open thousands of files at once.
 */
const AT_ONCE = 32;

/** Writes every file, creating its folder first, a batch at a time. */
export async function writeFiles(files: readonly FileToWrite[]): Promise<void> {
  for (const folder of new Set(files.map(({ file }) => dirname(file)))) await mkdir(folder, { recursive: true });
  for (let start = 0; start < files.length; start += AT_ONCE) {
    await Promise.all(files.slice(start, start + AT_ONCE).map(({ file, data }) => writeFile(file, data)));
  }
}
