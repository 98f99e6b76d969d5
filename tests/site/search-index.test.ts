import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, inject, it } from 'vitest';
import { readBundle } from '../../src/lib/pagefind-bundle.ts';
import { indexedPart, markedForIndexing } from '../../src/lib/pagefind-input.ts';
import { buildVocabulary, type Vocabulary } from '../../src/lib/search-vocabulary.ts';
import { builtPages, fileBytes, pageFile } from '../support/pages.ts';

const distDir = inject('distDir');
const base = inject('base');
const bundle = join(distDir, 'pagefind');

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string }[];
}

/** Pagefind's fragment files are gzipped JSON behind a `pagefind_dcd` signature. */
function fragments(): Fragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
  });
}

const SECTION_PAGES = ['activities-2016/', 'chair-of-the-gmg/', 'eu-un-women-project/', 'initiatives-2017/', 'title-page/'];

describe('the Pagefind index written by astro build', () => {
  it('ships only what the search UI loads: the files its entry and metadata name, and the vocabulary', async () => {
    const shipped = readdirSync(bundle, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(bundle.length + 1));
    expect(shipped.sort()).toEqual([...(await readBundle(bundle)).files, 'vocabulary.json'].sort());
    const top = readdirSync(bundle);
    expect(top).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'index', 'fragment', 'filter', 'vocabulary.json']));
    for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-highlight.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']) {
      expect(top).not.toContain(unused);
    }
  });

  it("ships Pagefind's JS API minified: at least 2 kB (gzip) lighter than the file Pagefind writes", async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'pagefind-own-'));
    try {
      const { index } = await pagefind.createIndex({});
      await index?.addHTMLFile({ url: '/x/', content: '<html lang="en"><body><p>text</p></body></html>' });
      await index?.writeFiles({ outputPath: scratch });
      const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
      expect(gzipped(join(scratch, 'pagefind.js')) - gzipped(join(bundle, 'pagefind.js'))).toBeGreaterThan(2000);
    } finally {
      await pagefind.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('writes the vocabulary did-you-mean reads: every word the index holds, counted, most frequent first', () => {
    const vocabulary = JSON.parse(readFileSync(join(bundle, 'vocabulary.json'), 'utf8')) as Vocabulary;
    expect(vocabulary).toEqual(buildVocabulary(fragments().map((fragment) => fragment.content)));
    expect(vocabulary.words).toEqual(expect.arrayContaining(['Moldova', 'labour', 'Philippines']));
    expect(vocabulary.counts).toEqual([...vocabulary.counts].sort((a, b) => b - a));
    // Our words are not the report's: CEDAW's expansion ("All Forms of Discrimination") is never indexed.
    expect(vocabulary.words.map((word) => word.toLowerCase())).not.toContain('forms');
  });

  it('writes from the part of each page it is given the same index as from the whole pages, byte for byte', async () => {
    const pages = builtPages(distDir)
      .map(pageFile)
      .map((file) => ({ file, html: readFileSync(join(distDir, file), 'utf8') }))
      .filter(({ html }) => markedForIndexing(html));
    expect(pages.map(({ file }) => file).sort()).toEqual(SECTION_PAGES.map(pageFile).sort());
    // Cut, not given whole: the comparison would otherwise hold for nothing.
    for (const { html } of pages) expect(indexedPart(html).length).toBeLessThan(html.length);
    // Down to the main element's start tag and its article: the apparatus after the text is left out.
    for (const { file, html } of pages) expect(indexedPart(html), file).toMatch(/^<!DOCTYPE html><html [^>]*><body><main [^>]*><article [^>]*data-pagefind-body[^>]*>[\s\S]*<\/article><\/main><\/body><\/html>$/);
    const scratch = mkdtempSync(join(tmpdir(), 'pagefind-part-'));
    try {
      const written = async (name: string, content: (html: string) => string) => {
        const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
        for (const { file, html } of pages) await index?.addHTMLFile({ sourcePath: file, content: content(html) });
        await index?.writeFiles({ outputPath: join(scratch, name) });
        return fileBytes(join(scratch, name));
      };
      const whole = await written('whole', (html) => html);
      const parts = await written('parts', indexedPart);
      expect([...parts.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [file, bytes] of whole) expect([file, parts.get(file)?.equals(bytes)]).toEqual([file, true]);
    } finally {
      await pagefind.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('has one English index for exactly the section pages', () => {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    const urls = fragments().map((fragment) => fragment.url).sort();
    expect(urls).toEqual(SECTION_PAGES.map((page) => `/${page}`));
  });

  it('marks only section pages for indexing, so the home and full-report pages never duplicate results', () => {
    for (const page of builtPages(distDir)) {
      const html = readFileSync(join(distDir, pageFile(page)), 'utf8');
      const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
      expect([page, bodies]).toEqual([page, SECTION_PAGES.includes(page) ? 1 : 0]);
    }
  });

  it('gives each page its section label, title and section filter', () => {
    const byUrl = new Map(fragments().map((fragment) => [fragment.url, fragment]));
    expect(byUrl.get('/chair-of-the-gmg/')).toMatchObject({
      meta: { title: '1. Chair of the GMG', section: 'A.1 Chair of the GMG' },
      filters: { section: ['A.1 Chair of the GMG'] },
    });
    expect(byUrl.get('/initiatives-2017/')?.filters).toEqual({ section: ['B. Initiatives for 2017'] });
    expect(byUrl.get('/title-page/')?.meta['section']).toBe('Title page');
  });

  it('records every passage id as an anchor, so results can land on paragraphs and list items', () => {
    const gmg = fragments().find((fragment) => fragment.url === '/chair-of-the-gmg/');
    const ids = gmg?.anchors.map((anchor) => anchor.id) ?? [];
    const html = readFileSync(join(distDir, 'chair-of-the-gmg/index.html'), 'utf8');
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const passageIds = [...article.matchAll(/<(?:p|li|h[1-6]) id="([^"]+)"/g)].map((match) => match[1]);
    expect(passageIds.length).toBeGreaterThan(10);
    expect(ids).toEqual(expect.arrayContaining(passageIds));
    expect(ids).toContain('gmg-meeting-7');
  });

  it('allows WebAssembly in the CSP, keeping self and no inline script allowance', () => {
    const html = readFileSync(join(distDir, 'chair-of-the-gmg/index.html'), 'utf8');
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    // Every script runs from a file; JSON-LD data blocks are not scripts that run.
    expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
    expect(html).toContain(`src="${base}_astro/`);
  });
});
