import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('previewCardsAhead', () => {
  const scratch = scratchWithCache('cards-ahead');
  let contentDir: string;

  beforeAll(() => {
    contentDir = join(scratch.dir, 'content');
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
    // A section whose frontmatter the collection would reject: no card is started for it.
    const broken = join(contentDir, 'sections', 'chair-of-the-gmg.mdx');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^order: .*$/m, 'order: first'));
  });

  it("starts every valid section's card and the pages' cards when a build starts, and at its end writes those same drawings into the output folder", async () => {
    const { previewCardsAhead } = await import('./preview-cards-ahead.ts');
    const { builtPages } = await import('./built-pages.ts');
    const pages = builtPages();
    const { readSectionFrontmatter, validSections } = await import('../lib/section-files.ts');
    const sections = validSections(readSectionFrontmatter(contentDir));
    const { previewCardFile, previewCardPng } = await import('../lib/preview-card-cache.ts');
    const { PAGE_CARDS, cardName, previewCards } = await import('../lib/preview-cards.ts');
    const registry = (globalThis as Record<symbol, { started: Map<string, Promise<string>> } | undefined>)[Symbol.for('un15cm:preview-cards')]?.started;
    const injected: { pattern: string; entrypoint: string }[] = [];
    const setup = previewCardsAhead(sections, pages).hooks['astro:config:setup'] as (options: { command: string; injectRoute: (route: { pattern: string; entrypoint: string }) => void }) => void;
    const injectRoute = (route: { pattern: string; entrypoint: string }) => void injected.push(route);
    // `astro dev` and `astro check` load the same config, and draw nothing; the dev server alone gets a route that draws on request.
    setup({ command: 'dev', injectRoute });
    setup({ command: 'sync', injectRoute });
    expect(registry?.size).toBe(0);
    expect(injected).toEqual([{ pattern: '/og/[card].png', entrypoint: 'src/dev-routes/og/[card].png.ts' }]);
    expect(existsSync(join(ROOT, injected[0]?.entrypoint ?? ''))).toBe(true);
    setup({ command: 'build', injectRoute });
    expect(injected).toHaveLength(1);

    const started = [...(registry?.keys() ?? [])].map((id) => JSON.parse(id) as { page: string });
    expect(started.map((card) => card.page)).toEqual(expect.arrayContaining(['', 'full-report/', 'glossary/', 'activities-2016/', 'title-page/']));
    expect(started.map((card) => card.page)).not.toContain('chair-of-the-gmg/');

    const glossary = registry?.get(JSON.stringify(PAGE_CARDS.glossary));
    expect(glossary).toBeDefined();
    expect(previewCardFile(PAGE_CARDS.glossary)).toBe(glossary);
    const png = await previewCardPng(PAGE_CARDS.glossary);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const other = { ...PAGE_CARDS.glossary, heading: 'Another heading' };
    expect(previewCardFile(other)).not.toBe(glossary);
    await previewCardFile(other);
    await Promise.all(registry?.values() ?? []);

    // At the end of the build it writes every card into the output folder and says what they cost: every card started was drawn (the cache is new).
    const logged: string[] = [];
    const outDir = join(scratch.dir, 'dist');
    mkdirSync(outDir);
    const ahead = previewCardsAhead(sections, pages);
    (ahead.hooks['astro:config:done'] as () => void)();
    const done = ahead.hooks['astro:build:done'] as (options: { dir: URL; logger: { info: (line: string) => void } }) => Promise<void>;
    await done({ dir: pathToFileURL(`${outDir}/`), logger: { info: (line) => void logged.push(line) } });
    // Promised to the shared pass, so the site the checks read has them before they are written; on disk by the time it records the build.
    const unwritten = join(scratch.dir, 'unwritten');
    mkdirSync(unwritten);
    const { files } = await pages.read(pathToFileURL(`${unwritten}/`));
    expect([...files].filter((file) => file.startsWith('og/')).sort()).toEqual(previewCards(sections).map((card) => `og/${cardName(card.page)}.png`).sort());
    await pages.record();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(new RegExp(`^preview cards: ${registry?.size} drawn in \\d+ ms on worker threads, \\d+ ms each; 0 from the build cache; the build waited \\d+ ms for them$`));
    expect(readdirSync(join(outDir, 'og')).sort()).toEqual(previewCards(sections).map((card) => `${cardName(card.page)}.png`).sort());
    expect(readFileSync(join(outDir, 'og', 'glossary.png')).equals(png)).toBe(true);
    // The cache keeps one file per card this process asked for, and no other.
    expect(readdirSync(join(scratch.cache, 'preview-cards'))).toHaveLength(registry?.size ?? -1);
  }, 60_000);
});
