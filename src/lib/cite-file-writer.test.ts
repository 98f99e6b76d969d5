import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';
import { citeFile } from './cite-file-text.ts';
import { CITE_FILES } from './cite-files.ts';
import { citedItem, citingPages } from './cited-items.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { readSectionFrontmatter, validSections } from './section-files.ts';

const SITE = 'https://edition.example.org/';

describe('writeCiteFiles', () => {
  // The store of texts lives in the build cache.
  const scratch = scratchWithCache('cite-files');

  it("writes each citing page's three files as Citation.js makes them, then again from the build cache alone", async () => {
    const { writeCiteFiles } = await import('./cite-file-writer.ts');
    const pages = citingPages(validSections(readSectionFrontmatter(CONTENT_DIR)), '/');
    const first = await writeCiteFiles(join(scratch.dir, 'first'), pages, SITE);
    expect(first).toEqual({ written: pages.length * CITE_FILES.length, made: pages.length * CITE_FILES.length });
    const files = readdirSync(join(scratch.dir, 'first', 'cite')).sort();
    expect(files).toEqual(pages.flatMap((page) => CITE_FILES.map(({ ext }) => `${page.name}.${ext}`)).sort());
    for (const page of pages) {
      for (const { ext } of CITE_FILES) {
        const text = readFileSync(join(scratch.dir, 'first', 'cite', `${page.name}.${ext}`), 'utf8');
        expect(text, `${page.name}.${ext}`).toBe(citeFile(citedItem(new URL(page.path, SITE).href, page.part), ext));
      }
    }
    const second = await writeCiteFiles(join(scratch.dir, 'second'), pages, SITE);
    expect(second).toEqual({ written: first.written, made: 0 });
    for (const file of files) expect(readFileSync(join(scratch.dir, 'second', 'cite', file)).equals(readFileSync(join(scratch.dir, 'first', 'cite', file))), file).toBe(true);
    // Another address is another item: its files are made again, and name it.
    const moved = await writeCiteFiles(join(scratch.dir, 'moved'), pages, 'https://elsewhere.example.net/');
    expect(moved.made).toBe(first.written);
    expect(readFileSync(join(scratch.dir, 'moved', 'cite', 'report.ris'), 'utf8')).toContain('https://elsewhere.example.net/');
    // The cache keeps the files of the last write alone: it does not grow with every address or edit.
    expect(readdirSync(join(scratch.cache, 'cite-files'))).toHaveLength(first.written);
  }, 60_000);
});
