import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * Builds write inside the project on purpose: when `outDir` lies outside the working directory,
 * Astro puts its prerender chunks in the shared `.astro/.prerender/` and deletes that folder when
 * done, which breaks any other build running at the same time.
 */
const SCRATCH = join(ROOT, 'node_modules/.cache/un15cm-builds');
/**
 * Every build also rewrites `.astro/content-modules.mjs` (the map from content files to their
 * modules) and reads it back while bundling, so two builds of different content in one checkout
 * would mix their content. One build at a time, across test workers and processes.
 */
const LOCK = join(ROOT, 'node_modules/.cache/un15cm-build.lock');

function ownerIsGone(): boolean {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return false;
    // No pid file yet: the owner is between taking the lock and writing it, unless that was long ago.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Date.now() - statSync(LOCK).mtimeMs > 60_000;
    return true;
  }
}

async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  mkdirSync(SCRATCH, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (ownerIsGone()) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The lock was released while we looked; try again.
      }
      await sleep(250);
    }
  }
  writeFileSync(join(LOCK, 'pid'), String(process.pid));
  try {
    return await run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
  /** The build's own scratch folder (output and cache, unless `outDir` was given); remove it when done. */
  scratchDir: string;
}

export interface BuildOptions {
  /** Folder holding `sections/` (and the other data files); the real `content/` when absent. */
  contentDir?: string;
  base?: string;
  outDir?: string;
  /** Astro's build cache; the build's own scratch folder when absent. Give one to several builds to test rebuilds. */
  cacheDir?: string;
  /** More environment for the build's process. */
  env?: NodeJS.ProcessEnv;
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

/** Runs `astro build` in a child process with its own output and cache folders, one build at a time. */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  return withBuildLock(() => runBuild(options));
}

function runBuild(options: BuildOptions): Promise<BuildResult> {
  const scratch = mkdtempSync(join(SCRATCH, 'build-'));
  const outDir = options.outDir ?? join(scratch, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...inheritedEnv(),
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: options.cacheDir ?? join(scratch, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...options.env,
  };
  if (options.contentDir !== undefined) env['SITE_CONTENT_DIR'] = options.contentDir;
  if (options.base !== undefined) env['SITE_BASE'] = options.base;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, outDir, scratchDir: scratch }));
  });
}

/**
 * Runs `astro dev` on the real content at a free port on 127.0.0.1 and hands `use` its address,
 * under the build lock (the dev server rewrites `.astro/` as a build does); stopped when `use` settles.
 */
export function withDevServer<T>(use: (url: string) => Promise<T>): Promise<T> {
  return withBuildLock(async () => {
    const port = await freePort();
    const env = { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    // Its own process group, so stopping it stops npx and the server under it.
    const child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const url = `http://127.0.0.1:${port}/`;
    try {
      for (let tries = 0; ; tries += 1) {
        if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output.slice(-3000)}`);
        if (tries > 240) throw new Error(`astro dev did not answer within a minute:\n${output.slice(-3000)}`);
        if (await fetch(url).then((response) => response.ok, () => false)) break;
        await sleep(250);
      }
      return await use(url);
    } finally {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    }
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
