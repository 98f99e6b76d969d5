import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let digest: string | undefined;

/**
 * The site's own code and the exact versions of what it runs on (`src/`, `astro.config.mjs`,
 * `package-lock.json`), hashed once per process. What the build keeps from one run to the next
 * (page cache keys, citation templates) is only reused under the same digest, so any change to
 * the code or a dependency starts afresh, and only content changes are narrowed down.
 */
export function sourceDigest(): string {
  if (digest !== undefined) return digest;
  // The build runs bundled, away from its sources, so they are found from the project root.
  const root = process.cwd();
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.includes('.test.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(join(root, 'astro.config.mjs'), join(root, 'package-lock.json'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  digest = hash.digest('base64url');
  return digest;
}
