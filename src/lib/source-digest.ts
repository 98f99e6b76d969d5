import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as full paths, sorted, for `digestFiles`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** One digest of files, their paths (relative to `root`, so the checkout's place does not count) and their bytes. */
export function digestFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('base64url');
}

let digest: string | undefined;

/**
 * The site's own code and the exact versions of what it runs on (`src/`, `astro.config.mjs`,
 * `package-lock.json`), hashed once per process. What the build keeps from one run to the next
 * (page cache keys, citation templates, what the checks found) is only reused under the same
 * digest, so any change to the code or a dependency starts afresh, and only content changes are
 * narrowed down.
 */
export function sourceDigest(): string {
  // The build runs bundled, away from its sources, so they are found from the project root.
  const root = process.cwd();
  digest ??= digestFiles(root, [
    ...filesUnder(join(root, 'src')).filter((file) => !file.includes('.test.')),
    join(root, 'astro.config.mjs'),
    join(root, 'package-lock.json'),
  ]);
  return digest;
}

/**
 * A key for what the code makes of `inputs` (as JSON): the same only under the same code and the
 * same inputs, so a result stored under it for a later build is only found where it still holds.
 */
export function inputsDigest(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify([sourceDigest(), inputs])).digest('base64url');
}
