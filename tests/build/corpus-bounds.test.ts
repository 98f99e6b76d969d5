import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';

/**
 * A 300-part report made of this report's own sentences (bench/corpus.ts: 30 top-level parts of
 * nine sub-parts each), built once: what a page carries must stay bounded at that size. Parts are
 * kept short, which makes the cross-reference bound (never longer than the part's text) the harder.
 */
const PARTS = 300;
const TOPS = PARTS / 10;

type Element = Parse5.Element;
type Node = Parse5.Node;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const hasClass = (element: Element, name: string) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if (isElement(node) && node.tagName === 'template') yield* elements((node as Parse5.Template).content);
}

function find(root: Node, test: (element: Element) => boolean): Element[] {
  return [...elements(root)].filter(test);
}

/** Text as `textContent` gives it, squeezed; elements marked as our apparatus inside the text are skipped. */
function text(node: Node, skipApparatus = false): string {
  const walk = (n: Node): string => {
    if (n.nodeName === '#text') return (n as Parse5.TextNode).value;
    if (isElement(n) && skipApparatus && attr(n, 'data-apparatus') !== undefined) return '';
    return 'childNodes' in n ? n.childNodes.map(walk).join('') : '';
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

describe('a 300-part report', () => {
  let build: BuildResult;
  let contentDir: string;
  const page = (path: string) => parse(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
  const partSlug = (n: number) => `part-${String(n).padStart(4, '0')}`;

  beforeAll(async () => {
    contentDir = mkdtempSync(join(tmpdir(), 'un15cm-corpus-300-'));
    generateCorpus({ sourceDir: 'content', targetDir: contentDir, sections: PARTS, totalBodyChars: PARTS * 700 });
    build = await buildSite({ contentDir });
    if (build.code !== 0) throw new Error(`the corpus build failed:\n${build.output.slice(-3000)}`);
  }, 900_000);

  afterAll(() => {
    rmSync(contentDir, { recursive: true, force: true });
    if (build !== undefined) rmSync(build.scratchDir, { recursive: true, force: true });
  });

  it('formats with citeproc the citations of section labels whose shape the edition keeps no template for', () => {
    // The parts are numbered ("15", "15.9"); the edition's own sections are lettered ("A", "A.1").
    expect(build.output).toMatch(/citations: citeproc ran [1-9]\d* times in \d+ ms/);
    const inText = find(page(partSlug(150)), (element) => hasClass(element, 'citation__in-text')).map((element) => text(element));
    expect(inText[0]).toBe('In the text: (UN Women, 2017, Section 15.9)');
  });

  it('keeps the whole tree on the home page; the search and 404 pages list the top-level parts', () => {
    const items = (root: Node) => find(root, (e) => hasClass(e, 'contents__item')).length;
    // Each with the title page and the full report.
    expect(items(page(''))).toBe(PARTS + 2);
    expect(items(page('search'))).toBe(TOPS + 2);
    expect(items(parse(readFileSync(join(build.outDir, '404.html'), 'utf8')))).toBe(TOPS + 2);
  });

  it('lists on each part page only the top-level parts, the current part, its ancestors and own sub-parts', () => {
    for (let n = 1; n <= PARTS; n += 1) {
      const slug = partSlug(n);
      const isTop = (n - 1) % 10 === 0;
      const nav = find(page(slug), (e) => e.tagName === 'nav' && attr(e, 'aria-label') === 'Report contents')[0];
      expect(nav, slug).toBeDefined();
      const links = find(nav!, (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').includes('/part-'));
      const hrefs = links.map((a) => attr(a, 'href') ?? '');
      // The title page and the top-level parts, plus either this part or this part's nine sub-parts.
      expect(links.length, slug).toBe(TOPS + (isTop ? 9 : 1));
      expect(links.filter((a) => attr(a, 'aria-current') === 'page').map((a) => attr(a, 'href')), slug).toEqual([
        expect.stringMatching(new RegExp(`/${slug}/$`)),
      ]);
      const top = partSlug(n - ((n - 1) % 10));
      expect(hrefs.some((href) => href.endsWith(`/${top}/`)), slug).toBe(true);
    }
  });

  it('gives each part one cross-reference block: each subject once, at most 5 links elsewhere, never longer than its text', () => {
    let withBlock = 0;
    let capped = 0;
    for (let n = 1; n <= PARTS; n += 1) {
      const slug = partSlug(n);
      const root = page(slug);
      const asides = find(root, (e) => e.tagName === 'aside' && hasClass(e, 'related'));
      expect(asides.length, slug).toBeLessThanOrEqual(1);
      const aside = asides[0];
      if (aside === undefined) continue;
      withBlock += 1;
      const article = find(root, (e) => e.tagName === 'article' && attr(e, 'data-pagefind-body') !== undefined)[0];
      expect(text(aside).length, slug).toBeLessThanOrEqual(text(article!, true).length);

      const subjects = find(aside, (e) => hasClass(e, 'related__subject'));
      const names = subjects.map((subject) => text(find(subject, (e) => hasClass(e, 'related__subject-name'))[0]!));
      expect(new Set(names).size, slug).toBe(names.length);
      for (const subject of subjects) {
        const hrefs = find(subject, (e) => e.tagName === 'a').map((a) => attr(a, 'href') ?? '');
        const elsewhere = hrefs.filter((href) => !href.includes('/glossary/'));
        expect(elsewhere.length, slug).toBeLessThanOrEqual(5);
        for (const href of elsewhere) expect(href, slug).not.toContain(`/${slug}/`);
        expect(hrefs.filter((href) => /\/glossary\/#term-[a-z0-9-]+$/.test(href)), slug).toHaveLength(1);
        if (elsewhere.length === 5 && /all \d+ passages/.test(text(subject))) capped += 1;
      }
    }
    // The bounds were met by pages that had something to bound, not by pages without the block.
    expect(withBlock).toBeGreaterThan(PARTS / 3);
    expect(capped).toBeGreaterThan(10);
  });
});
