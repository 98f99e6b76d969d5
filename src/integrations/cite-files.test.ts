import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';

describe('citeFiles', () => {
  const scratch = scratchWithCache('cite-files-integration');

  it('promises every citing page’s three files to the shared pass before writing them, and has them written by the time it records the build', async () => {
    const { citeFiles } = await import('./cite-files.ts');
    const { builtPages } = await import('./built-pages.ts');
    const { CITE_FILES } = await import('../lib/cite-files.ts');
    const { citingPages } = await import('../lib/cited-items.ts');
    const { CONTENT_DIR } = await import('../lib/content-dir.ts');
    const { readSectionFrontmatter, validSections } = await import('../lib/section-files.ts');
    const sections = validSections(readSectionFrontmatter(CONTENT_DIR));
    const expected = citingPages(sections).flatMap((page) => CITE_FILES.map(({ ext }) => `cite/${page.name}.${ext}`)).sort();
    const pages = builtPages();
    const { hooks } = citeFiles(sections, pages);
    (hooks['astro:config:done'] as (options: { config: { site: string; base: string } }) => void)({ config: { site: 'https://edition.example.org', base: '/' } });

    const unwritten = join(scratch.dir, 'unwritten');
    mkdirSync(unwritten);
    const { files } = await pages.read(pathToFileURL(`${unwritten}/`));
    expect([...files].sort()).toEqual(expected);

    const outDir = join(scratch.dir, 'dist');
    const logged: string[] = [];
    (hooks['astro:build:done'] as (options: { dir: URL; logger: { info: (line: string) => void } }) => void)({ dir: pathToFileURL(`${outDir}/`), logger: { info: (line) => void logged.push(line) } });
    await pages.record();
    expect(readdirSync(join(outDir, 'cite')).map((name) => `cite/${name}`).sort()).toEqual(expected);
    expect(logged).toEqual([`${expected.length} citation files written: ${expected.length} made by Citation.js, 0 from the build cache`]);
  }, 60_000);
});
