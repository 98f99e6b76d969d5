import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITEPROC_NOT_RUN } from '../../src/integrations/citations-report.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { fileBytes } from '../support/pages.ts';

/**
 * Issue 15: a build is quiet, and a rebuild pays only for what changed. Four builds of a copy of
 * the real content share one build cache, as `npm run build` run four times would: the first from
 * nothing, the second with nothing changed, the third after a section's title is edited, the fourth
 * after one word of another section's text is; then a build from nothing of that same content.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const EDITED = 'chair-of-the-gmg';
/** The section whose text the fourth build changes by one word. */
const REWORDED = 'activities-2016';

/** The routes Astro's log says it wrote (rather than copied from the last build): `/chair-of-the-gmg/index.html`. */
const written = (output: string): string[] =>
  output.split('\n').flatMap((line) => /[├└]─ (\S+) \(\+/.exec(line)?.[1] ?? []);

/** The files under `dir` Pagefind names by a hash of what they hold (its metadata, fragments, index chunks, filters). */
const hashedFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.pf_\w+$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

/** The two counts a build's log line gives (`line`'s two groups): what the build did again, and what it took from the last one. */
const logCounts = (result: BuildResult | undefined, line: RegExp): number[] | undefined => line.exec(result?.output ?? '')?.slice(1).map(Number);

/** Those counts over the four builds, each edit changing one section: every section from nothing, then none, one and one. */
const oneSectionAtATime = (sections: number): number[][] => [
  [sections, 0],
  [0, sections],
  [1, sections - 1],
  [1, sections - 1],
];

/** Every line of the log that is a warning, whatever printed it. */
const warnings = (output: string): string[] => output.split('\n').filter((line) => /warn/i.test(line));

describe('building again', () => {
  let scratch: string;
  let contentDir: string;
  let cacheDir: string;
  const builds: BuildResult[] = [];
  /** Each card's PNG as each build wrote it, and each build's cache of cards: the file for each card (`glossary.png`), named by its key. */
  const cards: Map<string, Buffer>[] = [];
  const stored: Map<string, string>[] = [];
  /** A build from nothing, in a cache of its own, of the content the fourth build saw. */
  let fromNothing: BuildResult;
  const sectionFileCount = (): number => readdirSync(join(contentDir, 'sections')).filter((name) => name.endsWith('.mdx')).length;

  /** The packages each build's main thread loaded (`tests/support/loaded-packages.mjs`). */
  const packages: string[][] = [];
  /** After each build, the files named by their hash in the search index shipped and in the one the build cache keeps. */
  const searchIndex: { shipped: string[]; kept: string[] }[] = [];

  const build = async (): Promise<void> => {
    const loadedFile = join(scratch, `loaded-${builds.length}.json`);
    const hook = pathToFileURL(join(ROOT, 'tests/support/loaded-packages.mjs')).href;
    const env = { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${hook}`.trim(), UN15CM_LOADED_PACKAGES: loadedFile };
    const result = await buildSite({ contentDir, cacheDir, env });
    if (result.code !== 0) throw new Error(`the build failed:\n${result.output.slice(-3000)}`);
    builds.push(result);
    packages.push(JSON.parse(readFileSync(loadedFile, 'utf8')) as string[]);
    const og = join(result.outDir, 'og');
    cards.push(new Map(readdirSync(og).map((file) => [file, readFileSync(join(og, file))])));
    const dir = join(cacheDir, 'preview-cards');
    const files = readdirSync(dir);
    const byCard = new Map(files.map((file) => [file.replace(/\.[0-9a-f]+\.png$/, '.png'), file]));
    // One file per card: a card drawn again replaces its earlier file, so the cache does not grow with edits.
    expect(byCard.size, files.join(', ')).toBe(files.length);
    stored.push(byCard);
    searchIndex.push({ shipped: hashedFiles(join(result.outDir, 'pagefind')), kept: hashedFiles(join(cacheDir, 'pagefind')) });
  };

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'un15cm-rebuild-'));
    contentDir = join(scratch, 'content');
    cacheDir = join(scratch, 'cache');
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
    await build();
    await build();
    const file = join(contentDir, 'sections', `${EDITED}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: Chair of the GMG$/m, 'title: Chair of the Global Migration Group'));
    await build();
    const reworded = join(contentDir, 'sections', `${REWORDED}.mdx`);
    const source = readFileSync(reworded, 'utf8');
    const textStart = source.indexOf('\n---\n', 4);
    // The last " the " of the text: a passage's first words make its address, which must not change.
    const word = source.lastIndexOf(' the ');
    expect(word).toBeGreaterThan(textStart);
    writeFileSync(reworded, `${source.slice(0, word)} this ${source.slice(word + ' the '.length)}`);
    await build();
    fromNothing = await buildSite({ contentDir });
    if (fromNothing.code !== 0) throw new Error(`the build failed:\n${fromNothing.output.slice(-3000)}`);
  }, 900_000);

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    for (const result of [...builds, fromNothing]) rmSync(result.scratchDir, { recursive: true, force: true });
  });

  it('prints no warning but the one about SITE_URL, from nothing and again', () => {
    for (const result of builds) {
      expect(warnings(result.output)).toHaveLength(1);
      expect(warnings(result.output)[0]).toContain('SITE_URL is not set');
    }
  });

  it('loads a Markdown parser, the tools that turn pages into Markdown and Citation.js only when a section file is compiled, a page changed or a citation file is missing', () => {
    const parsers = ['@astrojs/markdown-remark', 'unified', 'remark-parse', 'remark-gfm', 'remark-mdx', 'micromark', 'mdast-util-from-markdown'];
    const toMarkdown = ['hast-util-to-mdast', 'hast-util-from-parse5', 'mdast-util-to-markdown'];
    const citationJs = ['@citation-js/core'];
    const onDemand = [...parsers, ...toMarkdown, ...citationJs];
    // From nothing the build compiles every file, reads every page and makes every citation file: the hook sees them loaded.
    expect(packages[0]).toEqual(expect.arrayContaining(['astro', ...onDemand]));
    // With nothing changed it compiles nothing, takes every page's findings and every citation file from the last build.
    expect(packages[1]).toContain('astro');
    expect(packages[1]?.filter((name) => onDemand.includes(name))).toEqual([]);
  });

  it('draws every card on the first build and keeps each in the cache', () => {
    expect(cards[0]?.size).toBeGreaterThan(5);
    expect([...(stored[0]?.keys() ?? [])].sort()).toEqual([...(cards[0]?.keys() ?? [])].sort());
  });

  it('draws no card again when nothing a card shows has changed', () => {
    expect(stored[1]).toEqual(stored[0]);
    for (const [file, png] of cards[0] ?? []) expect(cards[1]?.get(file)?.equals(png), file).toBe(true);
  });

  it("draws again the card whose title changed, and only that one", () => {
    const redrawn = [...(stored[2] ?? [])].filter(([card, file]) => stored[1]?.get(card) !== file).map(([card]) => card);
    expect(redrawn).toEqual([`${EDITED}.png`]);
    for (const [file, png] of cards[1] ?? []) {
      expect(cards[2]?.get(file)?.equals(png), file).toBe(file !== `${EDITED}.png`);
    }
  });

  it("runs no citeproc, from nothing or again: the edition's citation templates are kept with it", () => {
    for (const result of [...builds, fromNothing]) expect(result?.output).toContain(`citations: ${CITEPROC_NOT_RUN}`);
  });

  it('parses each section once, in the MDX compilation, whose trees the pages reuse', () => {
    const sectionFiles = sectionFileCount();
    for (const result of [builds[0], fromNothing]) {
      expect(result?.output).toContain(`section bodies: ${sectionFiles} parsed by the MDX compilation and kept for the pages, 0 parsed again`);
    }
  });

  it('compiles each section file once: a later build compiles only the file that changed, and the pages still parse nothing again', () => {
    const sectionFiles = sectionFileCount();
    const compiled = /MDX files: (\d+) compiled, (\d+) unchanged since an earlier build/;
    expect(builds.map((result) => logCounts(result, compiled))).toEqual(oneSectionAtATime(sectionFiles));
    expect(logCounts(fromNothing, compiled)).toEqual([sectionFiles, 0]);
    // What the pages take from each section's text comes from the build cache when the compilation does not run.
    for (const result of builds.slice(1)) expect(result.output).toMatch(/section bodies: [01] parsed by the MDX compilation and kept for the pages, 0 parsed again/);
  });

  it("renders each section's text once from nothing, for its page and the full report, and later only the text that changed", () => {
    const sectionFiles = sectionFileCount();
    const rendered = /section texts: (\d+) rendered, (\d+) taken from the build cache/;
    expect(builds.map((result) => logCounts(result, rendered))).toEqual(oneSectionAtATime(sectionFiles));
    expect(logCounts(fromNothing, rendered)).toEqual([sectionFiles, 0]);
  });

  it('gives Pagefind only the pages marked for indexing, not the full report or the glossary', () => {
    const first = builds[0];
    if (first === undefined) throw new Error('no build');
    const pages = [...fileBytes(first.outDir)].filter(([file]) => file.endsWith('.html'));
    const marked = pages.filter(([, html]) => html.toString('utf8').includes('data-pagefind-body'));
    expect(marked.map(([file]) => file)).not.toContain('full-report/index.html');
    expect(marked.length).toBeLessThan(pages.length);
    expect(first.output).toContain(`indexed ${marked.length} pages into`);
  });

  it('with nothing changed, reuses the checks, open formats and search index of the last build, and gives the same site', () => {
    expect(builds[1]?.output).toContain('the same as the last build');
    expect(builds[1]?.output).toMatch(/search index in .* kept from it/);
    const first = fileBytes(builds[0]?.outDir ?? '');
    const second = fileBytes(builds[1]?.outDir ?? '');
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...first].filter(([file, bytes]) => !second.get(file)?.equals(bytes)).map(([file]) => file)).toEqual([]);
    // An edit changes pages: everything is checked and written again.
    for (const edited of [builds[2], builds[3]]) expect(edited?.output).not.toContain('the same as the last build');
  });

  it("keeps Pagefind's bundle in the build cache, holding one bundle, so that after an edit Pagefind writes only the files that changed", () => {
    for (const { shipped, kept } of searchIndex) expect(kept).toEqual(shipped);
    const created = (result: BuildResult | undefined) => Number(/index files: (\d+) written/.exec(result?.output ?? '')?.[1]);
    expect(created(builds[0])).toBe(searchIndex[0]?.shipped.length);
    for (const edit of [2, 3]) {
      const [before, after] = [searchIndex[edit - 1]?.shipped ?? [], searchIndex[edit]?.shipped ?? []];
      const changed = after.filter((file) => !before.includes(file));
      expect(created(builds[edit])).toBe(changed.length);
      expect(changed.length).toBeGreaterThan(0);
      expect(changed.length).toBeLessThan(after.length);
    }
  });

  it("writes that section's page again and copies every other section's page and file from the last build", () => {
    const fourth = builds[3]?.output ?? '';
    const sectionPages = readdirSync(join(ROOT, 'content/sections')).map((file) => `/${file.replace(/\.mdx$/, '')}/index.html`);
    expect(written(fourth).filter((route) => sectionPages.includes(route))).toEqual([`/${REWORDED}/index.html`]);
    // The citation files and cards are the build's own, written from its cache without Citation.js or a drawing;
    // from nothing, Citation.js made every file.
    expect(builds[0]?.output).toMatch(/(\d+) citation files written: \1 made by Citation\.js, 0 from the build cache/);
    expect(fourth).toMatch(/(\d+) citation files written: 0 made by Citation\.js, \1 from the build cache/);
    expect(fourth).toMatch(/preview cards: 0 drawn in 0 ms on worker threads; \d+ from the build cache/);
    // The pages without a key, and the whole report, are written every time.
    expect(written(fourth)).toEqual(expect.arrayContaining(['/index.html', '/full-report/index.html']));
  });

  it('gives the same site, byte for byte, as a build from nothing', () => {
    const rebuilt = fileBytes(builds[3]?.outDir ?? '');
    const fresh = fileBytes(fromNothing.outDir);
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([file, bytes]) => !rebuilt.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(rebuilt.get(`${REWORDED}/index.html`)?.toString()).toContain(' this ');
  });
});
