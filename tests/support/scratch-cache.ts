import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';

/** A test file's own temporary folder, and Astro's build cache inside it. */
export interface ScratchWithCache {
  readonly dir: string;
  readonly cache: string;
}

/**
 * Gives the tests of a `describe` a temporary folder of their own, with the build cache in it
 * (`SITE_CACHE_DIR`), and removes both after them. `cache-dir.ts` reads the variable when it loads,
 * so the modules that keep things in the cache are imported inside the tests. Call it before the
 * describe's own `beforeAll`, which may then use the folder.
 */
export function scratchWithCache(name: string): ScratchWithCache {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `un15cm-${name}-`));
    mkdirSync(join(dir, 'cache'));
    vi.stubEnv('SITE_CACHE_DIR', join(dir, 'cache'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get cache() {
      return join(dir, 'cache');
    },
  };
}
