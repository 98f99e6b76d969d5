import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('previewCardsAhead', () => {
  let scratch: string;
  let contentDir: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'un15cm-cards-ahead-'));
    contentDir = join(scratch, 'content');
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
    // A section whose frontmatter the collection would reject: no card is started for it.
    const broken = join(contentDir, 'sections', 'chair-of-the-gmg.mdx');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^order: .*$/m, 'order: first'));
    vi.stubEnv('SITE_CACHE_DIR', join(scratch, 'cache'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("starts every valid section's card and the pages' cards when a build starts, and the card route is handed those same drawings", async () => {
    const { previewCardsAhead } = await import('./preview-cards-ahead.ts');
    const { readSectionFrontmatter, validSections } = await import('../lib/section-files.ts');
    const sections = validSections(readSectionFrontmatter(contentDir));
    const { previewCardPng } = await import('../lib/preview-card-cache.ts');
    const { PAGE_CARDS } = await import('../lib/preview-cards.ts');
    const registry = (globalThis as Record<symbol, { started: Map<string, Promise<Buffer>> } | undefined>)[Symbol.for('un15cm:preview-cards')]?.started;
    const setup = previewCardsAhead(sections).hooks['astro:config:setup'] as (options: { command: string }) => void;
    // `astro dev` and `astro check` load the same config, and draw nothing.
    setup({ command: 'dev' });
    setup({ command: 'sync' });
    expect(registry?.size).toBe(0);
    setup({ command: 'build' });

    const started = [...(registry?.keys() ?? [])].map((id) => JSON.parse(id) as { page: string });
    expect(started.map((card) => card.page)).toEqual(expect.arrayContaining(['', 'full-report/', 'glossary/', 'activities-2016/', 'title-page/']));
    expect(started.map((card) => card.page)).not.toContain('chair-of-the-gmg/');

    const glossary = registry?.get(JSON.stringify(PAGE_CARDS.glossary));
    expect(glossary).toBeDefined();
    expect(previewCardPng(PAGE_CARDS.glossary)).toBe(glossary);
    const png = await previewCardPng(PAGE_CARDS.glossary);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const other = { ...PAGE_CARDS.glossary, heading: 'Another heading' };
    expect(previewCardPng(other)).not.toBe(glossary);
    await previewCardPng(other);
    await Promise.all(registry?.values() ?? []);

    // At the end of the build it says what the cards cost: every card started was drawn (the cache is new).
    const logged: string[] = [];
    const done = previewCardsAhead(sections).hooks['astro:build:done'] as (options: { logger: { info: (line: string) => void } }) => void;
    done({ logger: { info: (line) => void logged.push(line) } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(new RegExp(`^preview cards: ${registry?.size} drawn in \\d+ ms on worker threads, \\d+ ms each; 0 from the build cache$`));
  }, 60_000);
});
