import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { citeFile } from './cite-file-text.ts';
import { CITE_FILES } from './cite-files.ts';
import { citedItem, citingPages } from './cited-items.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { readSectionFrontmatter, validSections } from './section-files.ts';

const SITE = 'https://edition.example.org/';

describe('writeCiteFiles', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'un15cm-cite-files-'));
    // The store of texts lives in the build cache, read when the module loads.
    vi.stubEnv('SITE_CACHE_DIR', join(scratch, 'cache'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("writes each citing page's three files as Citation.js makes them, then again from the build cache alone", async () => {
    const { writeCiteFiles } = await import('./cite-file-writer.ts');
    const pages = citingPages(validSections(readSectionFrontmatter(CONTENT_DIR)), '/');
    const first = await writeCiteFiles(join(scratch, 'first'), pages, SITE);
    expect(first).toEqual({ written: pages.length * CITE_FILES.length, made: pages.length * CITE_FILES.length });
    const files = readdirSync(join(scratch, 'first', 'cite')).sort();
    expect(files).toEqual(pages.flatMap((page) => CITE_FILES.map(({ ext }) => `${page.name}.${ext}`)).sort());
    for (const page of pages) {
      for (const { ext } of CITE_FILES) {
        const text = readFileSync(join(scratch, 'first', 'cite', `${page.name}.${ext}`), 'utf8');
        expect(text, `${page.name}.${ext}`).toBe(citeFile(citedItem(new URL(page.path, SITE).href, page.part), ext));
      }
    }
    const second = await writeCiteFiles(join(scratch, 'second'), pages, SITE);
    expect(second).toEqual({ written: first.written, made: 0 });
    for (const file of files) expect(readFileSync(join(scratch, 'second', 'cite', file)).equals(readFileSync(join(scratch, 'first', 'cite', file))), file).toBe(true);
    // Another address is another item: its files are made again, and name it.
    const moved = await writeCiteFiles(join(scratch, 'moved'), pages, 'https://elsewhere.example.net/');
    expect(moved.made).toBe(first.written);
    expect(readFileSync(join(scratch, 'moved', 'cite', 'report.ris'), 'utf8')).toContain('https://elsewhere.example.net/');
  }, 60_000);
});
