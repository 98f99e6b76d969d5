/**
 * The baseline the bench measures us against: Starlight's default site in `bench/starlight/`, with
 * its own package.json and lock, installed on first use (never by the root `npm ci`). The bench
 * writes its content to a temp folder from the same section files our site builds: this report's
 * sections, or the synthetic parts of `bench/corpus.ts`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export const STARLIGHT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'starlight');

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The environment for tools run in the baseline folder: this Node (24) first on the PATH, no telemetry or colours. */
function baselineEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
  env['PATH'] = [dirname(process.execPath), process.env['PATH'] ?? ''].join(delimiter);
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: STARLIGHT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export const starlightInstalled = (): boolean => existsSync(join(STARLIGHT_DIR, 'node_modules/@astrojs/starlight/package.json'));

/** `npm ci` in the baseline folder, from its own lock. */
export async function installStarlight(): Promise<void> {
  const { code, output } = await run('npm', ['ci', '--no-audit', '--no-fund'], baselineEnv());
  if (code !== 0) throw new Error(`npm ci in ${STARLIGHT_DIR} failed:\n${output.slice(-2000)}`);
}

export function starlightVersion(): string {
  const manifest = JSON.parse(readFileSync(join(STARLIGHT_DIR, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Writes one plain Starlight doc per section file: its title, description and order as Starlight's
 * frontmatter, its Markdown body with MDX comments and our markup tags left out (their text kept).
 * The title page becomes the home page (`index.mdx`), as it is ours.
 */
export function writeStarlightDocs(sectionsDir: string, docsDir: string): number {
  mkdirSync(docsDir, { recursive: true });
  const names = readdirSync(sectionsDir).filter((name) => name.endsWith('.mdx'));
  for (const name of names) {
    const source = readFileSync(join(sectionsDir, name), 'utf8');
    const data = parse(FRONTMATTER.exec(source)?.[1] ?? '') as { title: string; description?: string; order?: number; kind?: string };
    const body = source
      .replace(FRONTMATTER, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, '');
    const frontmatter = stringify({
      title: data.title,
      ...(data.description === undefined ? {} : { description: data.description }),
      ...(data.order === undefined ? {} : { sidebar: { order: data.order } }),
    });
    writeFileSync(join(docsDir, data.kind === 'title-page' ? 'index.mdx' : name), `---\n${frontmatter}---\n${body}`);
  }
  return names.length;
}

export interface StarlightBuild {
  code: number | null;
  output: string;
}

/** `npx astro build` in the baseline folder on the docs in `docsDir`, writing to `outDir` with its cache in `cacheDir`; `env` adds to its environment. */
export function buildStarlight(docsDir: string, outDir: string, cacheDir: string, env: NodeJS.ProcessEnv = {}): Promise<StarlightBuild> {
  return run('npx', ['astro', 'build'], baselineEnv({ ...env, STARLIGHT_DOCS_DIR: docsDir, STARLIGHT_OUT_DIR: outDir, STARLIGHT_CACHE_DIR: cacheDir }));
}
