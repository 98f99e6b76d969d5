import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModuleStore, type CompiledModule } from '../lib/compiled-module-store.ts';
import { cachedCompilation, compilerDigest, MDX_PLUGIN, mdxCompileCache } from './mdx-compile-cache.ts';

const ID = '/site/content/sections/activities-2016.mdx';

/** A stand-in for the MDX compilation that counts its calls and fails on a file that says so. */
function countingCompiler() {
  const calls: string[] = [];
  const compile = async (code: string, id: string): Promise<CompiledModule> => {
    calls.push(code);
    if (code.includes('broken')) throw new Error(`${id}: cannot compile`);
    return { code: `export default ${JSON.stringify(code)}`, map: null, meta: { astro: { propagation: 'none' } } };
  };
  return { calls, compile };
}

describe('cachedCompilation', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'un15cm-mdx-cache-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** One build: a store opened on the file, as each build opens it. */
  async function build(file: string, files: Record<string, string>, settings = 'settings') {
    const store = compiledModuleStore(file);
    const { calls, compile } = countingCompiler();
    const transform = cachedCompilation(compile, store, () => settings);
    const results = await Promise.all(Object.entries(files).map(([id, code]) => transform.call(undefined, code, id)));
    await store.finish();
    return { calls, results, counts: store.counts() };
  }

  it('compiles a file once, and a later build takes the same result from the store', async () => {
    const file = join(scratch, 'same', 'mdx-compiled.json');
    const first = await build(file, { [ID]: 'Text one.' });
    const written = statSync(file).mtimeMs;
    const second = await build(file, { [ID]: 'Text one.' });
    expect(first.calls).toEqual(['Text one.']);
    expect(first.counts).toEqual({ compiled: 1, reused: 0 });
    expect(second.calls).toEqual([]);
    expect(second.counts).toEqual({ compiled: 0, reused: 1 });
    expect(second.results).toEqual(first.results);
    // Nothing compiled and nothing dropped: the file is not written again.
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('compiles again a file whose text changed, or any file when the settings changed, and keeps one entry per file', async () => {
    const file = join(scratch, 'changed', 'mdx-compiled.json');
    const kept = () => Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).sort();
    await build(file, { [ID]: 'Text one.', '/site/other.mdx': 'Other.' });
    const edited = await build(file, { [ID]: 'Text two.', '/site/other.mdx': 'Other.' });
    expect(edited.calls).toEqual(['Text two.']);
    expect(edited.results[0]?.code).toContain('Text two.');
    const resettled = await build(file, { [ID]: 'Text two.', '/site/other.mdx': 'Other.' }, 'other settings');
    expect(resettled.calls.sort()).toEqual(['Other.', 'Text two.']);
    expect(kept()).toEqual(['/site/other.mdx', ID].sort());
    // A build without the other file (deleted or renamed) leaves no entry for it.
    const alone = await build(file, { [ID]: 'Text two.' }, 'other settings');
    expect(alone.calls).toEqual([]);
    expect(kept()).toEqual([ID]);
  });

  it('stores no failure: a file that does not compile fails every build', async () => {
    const file = join(scratch, 'broken', 'mdx-compiled.json');
    await expect(build(file, { [ID]: 'A broken file.' })).rejects.toThrow(`${ID}: cannot compile`);
    const again = build(file, { [ID]: 'A broken file.' });
    await expect(again).rejects.toThrow(`${ID}: cannot compile`);
  });
});

describe('compilerDigest', () => {
  const remarkGlossaryTerms = () => undefined;
  const markdown = (expansion: string) => ({
    processor: { name: 'unified', options: { remarkPlugins: [[remarkGlossaryTerms, { entries: [{ id: 'gmg', expansion }] }]] } },
  });

  it('is the same for the same settings and differs when a plugin option or the source maps change', () => {
    expect(compilerDigest(markdown('Global Migration Group'), false)).toBe(compilerDigest(markdown('Global Migration Group'), false));
    expect(compilerDigest(markdown('Global Migration Group'), false)).not.toBe(compilerDigest(markdown('Global Migration Groups'), false));
    expect(compilerDigest(markdown('Global Migration Group'), false)).not.toBe(compilerDigest(markdown('Global Migration Group'), true));
  });

  it('tells apart options that JSON alone would write as {}: maps, sets and patterns', () => {
    const withOption = (option: unknown) => compilerDigest({ processor: { options: { remarkPlugins: [[remarkGlossaryTerms, option]] } } }, false);
    expect(withOption(new Map([['gmg', 'Global Migration Group']]))).not.toBe(withOption(new Map([['gmg', 'Global Migration Groups']])));
    expect(withOption(new Set(['GMG']))).not.toBe(withOption(new Set(['CEDAW'])));
    expect(withOption(/GMG/u)).not.toBe(withOption(/CEDAW/u));
  });
});

describe('mdxCompileCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'un15cm-mdx-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("wraps @astrojs/mdx's compilation, counts it in the build's log, and leaves a Vite config without that plugin alone", async () => {
    const file = join(dir, 'mdx-compiled.json');
    const integration = mdxCompileCache(file);
    const plugins: { configResolved: (config: unknown) => void }[] = [];
    const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
    setup({ updateConfig: (config: { vite: { plugins: typeof plugins } }) => plugins.push(...config.vite.plugins) });
    (integration.hooks['astro:config:done'] as (options: unknown) => void)({ config: { markdown: { gfm: true } } });
    const [plugin] = plugins;
    const { compile } = countingCompiler();
    const mdx = { name: MDX_PLUGIN, transform: { filter: { id: /\.mdx$/ }, handler: compile } };
    plugin?.configResolved({ plugins: [mdx], build: { sourcemap: false } });
    expect(mdx.transform.handler).not.toBe(compile);
    // Astro resolves several Vite configs with the same plugin objects: the handler is wrapped once.
    const once = mdx.transform.handler;
    plugin?.configResolved({ plugins: [mdx], build: { sourcemap: false } });
    expect(mdx.transform.handler).toBe(once);
    expect(mdx.transform.filter.id.source).toBe('\\.mdx$');
    expect(await mdx.transform.handler.call(undefined, 'Text.', ID)).toEqual(await compile('Text.', ID));
    const logged: string[] = [];
    await (integration.hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ logger: { info: (line: string) => logged.push(line) } });
    expect(logged).toEqual(['MDX files: 1 compiled, 0 unchanged since an earlier build and taken from its compilation']);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual([ID]);
    const other = { name: 'other', transform: { handler: compile } };
    plugin?.configResolved({ plugins: [other], build: { sourcemap: false } });
    expect(other.transform.handler).toBe(compile);
  });
});
