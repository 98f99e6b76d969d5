import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
  /** The build's own temporary folder (output and cache, unless `outDir` was given); remove it when done. */
  scratchDir: string;
}

export interface BuildOptions {
  /** Folder holding `sections/` (and the other data files); the real `content/` when absent. */
  contentDir?: string;
  base?: string;
  outDir?: string;
}

/**
 * The parent's environment without what Vitest adds to it: Vite reads `BASE_URL`, `MODE`, `DEV`,
 * `PROD` and `SSR` from the environment, so a build started from a test would otherwise ignore `base`.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Runs `astro build` in a child process with its own output and cache folders, so builds never collide. */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'un15cm-build-'));
  const outDir = options.outDir ?? join(scratch, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...inheritedEnv(),
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: join(scratch, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  if (options.contentDir !== undefined) env['SITE_CONTENT_DIR'] = options.contentDir;
  if (options.base !== undefined) env['SITE_BASE'] = options.base;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, outDir, scratchDir: scratch }));
  });
}
