import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFiles, type FileToWrite } from './write-files.ts';

/**
 * A folder of the build cache whose files are named by what they hold (a digest, a key), as the
 * compiled MDX modules, the citation files and the preview cards are kept. It is listed once, so
 * a build asks the disk once however many files it looks for; files are written under a temporary
 * name and renamed, so an interrupted build never leaves half a file under its name; and `prune`
 * removes what this use of the folder neither found nor wrote (an earlier build's files, a
 * leftover temporary), so the folder does not grow with edits.
 */
export interface KeptFolder {
  readonly dir: string;
  /** Whether `name` is in the folder; it counts as used. */
  has(name: string): Promise<boolean>;
  /** Writes the files (`name`, bytes or text), a batch at a time; they count as used. */
  write(files: readonly { name: string; data: FileToWrite['data'] }[]): Promise<void>;
  /** Removes every file not asked for or written through this object. */
  prune(): Promise<void>;
}

export function keptFolder(dir: string): KeptFolder {
  const used = new Set<string>();
  let listed: Promise<Set<string>> | undefined;
  const names = (): Promise<Set<string>> => (listed ??= readdir(dir).then((found) => new Set(found), () => new Set<string>()));
  return {
    dir,
    async has(name) {
      used.add(name);
      return (await names()).has(name);
    },
    async write(files) {
      await writeFiles(files.map(({ name, data }) => ({ file: join(dir, name), data })));
      const present = await names();
      for (const { name } of files) {
        used.add(name);
        present.add(name);
      }
    },
    async prune() {
      const present = await names();
      await Promise.all([...present].filter((name) => !used.has(name)).map((name) => rm(join(dir, name), { force: true })));
    },
  };
}
