import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Html, Link, Root } from 'mdast';
import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { REPORT } from '../../src/lib/report.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { builtPages, pageFile } from '../support/pages.ts';
import { readableBlocks, readSource, sentences, squeeze } from '../support/source-text.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');
const publicUrl = (path: string) => new URL(`${base}${path}`, SITE_URL).href;
const source = readableBlocks(readSource()).flatMap(sentences);

type Element = Parse5.Element;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function elements(node: Parse5.Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  return [...own, ...('childNodes' in node ? node.childNodes.flatMap(elements) : [])];
}
const pageHtml = (page: string) => readFileSync(join(distDir, pageFile(page)), 'utf8');

/**
 * The ids of the report's passages as the full report shows them (a page the open formats are not
 * read from): every id inside its article except the edition's own (tooltips, the footnotes'
 * heading) and the footnote marks, which are places in a passage, not passages.
 */
function siteIds(): string[] {
  const article = elements(parse(pageHtml('full-report/'))).find((el) => el.tagName === 'article')!;
  return elements(article)
    .filter((el) => attr(el, 'id') !== undefined)
    .filter((el) => attr(el, 'data-apparatus') === undefined && attr(el, 'data-footnote-ref') === undefined)
    .map((el) => attr(el, 'id')!)
    .filter((id) => id !== 'footnote-label');
}

/** Fails naming the first sentence of the source that `text` lacks, or holds out of order. */
function expectEverySentenceInOrder(text: string, file: string): void {
  const squeezed = squeeze(text.normalize('NFKC'));
  let cursor = 0;
  for (const sentence of source) {
    const at = squeezed.indexOf(sentence, cursor);
    expect(at, `${file}: "${sentence}" should follow position ${cursor}`).toBeGreaterThanOrEqual(cursor);
    cursor = at + sentence.length;
  }
}

async function fetchFile(name: string): Promise<{ type: string; body: string }> {
  const response = await fetch(new URL(name, siteUrl));
  expect(response.status, name).toBe(200);
  return { type: response.headers.get('content-type') ?? '', body: await response.text() };
}

const markdown = unified().use(remarkParse).use(remarkGfm);

describe('the report in open formats', () => {
  const ids = siteIds();

  it('finds the passages of the site to compare with (control)', () => {
    expect(ids.length).toBeGreaterThan(30);
    expect(ids).toContain('gmg-meeting-7');
    expect(ids).toContain('fn-title-1');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links every page to report.md, report.txt and passages.json under the base, and each is served', async () => {
    const expected = [
      ['text/markdown', 'report.md'],
      ['text/plain', 'report.txt'],
      ['application/json', 'passages.json'],
    ];
    for (const page of builtPages(distDir)) {
      const alternates = elements(parse(pageHtml(page)))
        // The citation files under /cite/ are the reference managers' (tests/site/reference-managers.test.ts).
        .filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && !attr(el, 'href')?.includes('/cite/'))
        .map((el) => [attr(el, 'type'), attr(el, 'href')]);
      expect(alternates, `/${page}`).toEqual(expected.map(([type, file]) => [type, `${base}${file}`]));
    }
    for (const [type, file] of expected) expect((await fetchFile(file!)).type).toContain(type);
  });

  it('report.md parses as Markdown, holds every sentence of the source in order and an anchor for every passage', async () => {
    const { body } = await fetchFile('report.md');
    const tree = markdown.parse(body) as Root;
    const anchors: string[] = [];
    visit(tree, 'html', (node: Html) => {
      // Inline HTML parses as its opening and closing tags.
      const id = /^<a id="([^"]+)">$/.exec(node.value)?.[1];
      if (id !== undefined) anchors.push(id);
    });
    expect(anchors).toEqual(ids);
    expect(tree.children.filter((node) => node.type === 'footnoteDefinition')).toHaveLength(1);
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(body)?.[1] ?? '';
    expect(frontMatter).toContain(`symbol: ${REPORT.symbol}`);
    const text = body
      .slice(frontMatter.length + 8)
      .replace(/<a id="[^"]+"><\/a>/g, '')
      .replace(/^#+ |^\d+\. |^\[\^[a-z0-9-]+\]: /gm, '')
      .replace(/\[\^[a-z0-9]+-(\d+)\]/g, '$1')
      .replace(/\*/g, '')
      .replace(/\\(.)/g, '$1');
    expectEverySentenceInOrder(text, 'report.md');
  });

  it('report.txt holds every sentence of the source in order, each passage after its address', async () => {
    const { body } = await fetchFile('report.txt');
    const addresses = [...body.matchAll(/^\[(.+)\]$/gm)].map((match) => match[1]);
    expect(addresses.map((address) => address?.split('#')[1])).toEqual(ids);
    for (const address of addresses) expect(address?.startsWith(publicUrl(''))).toBe(true);
    expectEverySentenceInOrder(body.replace(/^\[.+\]$/gm, ''), 'report.txt');
    expect(body).not.toMatch(/<[a-z]/);
  });

  it('passages.json follows its schema and holds the metadata, every passage id, address and sentence', async () => {
    const { body } = await fetchFile('passages.json');
    const schema = JSON.parse((await fetchFile('passages.schema.json')).body) as object;
    const data = JSON.parse(body) as {
      $schema: string;
      version: number;
      document: { symbol: string; date: string; author: { name: string }; meeting: { name: string } };
      sections: { id: string; url: string }[];
      passages: { id: string; section: { id: string; label: string | null; title: string }; kind: string; text: string; url: string }[];
    };
    // Formats (uri, date) are checked below by hand; ajv-formats is not a dependency.
    const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.$schema).toBe(publicUrl('passages.schema.json'));
    expect(data.version).toBe(1);
    expect(data.document).toMatchObject({
      symbol: REPORT.symbol,
      date: REPORT.isoDate,
      author: { name: REPORT.author },
      meeting: { name: REPORT.meeting },
    });
    expect(data.passages.map((passage) => passage.id)).toEqual(ids);
    for (const passage of data.passages) {
      expect(passage.url).toBe(`${publicUrl(`${passage.section.id}/`)}#${passage.id}`);
      // The id is there on the section page the address names.
      expect(pageHtml(`${passage.section.id}/`)).toContain(`id="${passage.id}"`);
    }
    expect(data.passages.find((passage) => passage.id === 'gmg-meeting-7')).toEqual({
      id: 'gmg-meeting-7',
      section: { id: 'chair-of-the-gmg', label: 'A.1', title: 'Chair of the GMG' },
      kind: 'list-item',
      number: 7,
      text: 'The New York Declaration for Refugees and Migrants: Implementation of Commitments to Counter Xenophobia',
      url: `${publicUrl('chair-of-the-gmg/')}#gmg-meeting-7`,
    });
    expectEverySentenceInOrder(data.passages.map((passage) => passage.text).join(' '), 'passages.json');
  });

  it('llms.txt says what this is and links every section page and report.md, with our words apart', async () => {
    const { body } = await fetchFile('llms.txt');
    const tree = markdown.parse(body) as Root;
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(tree.children[1]?.type).toBe('blockquote');
    const links: string[] = [];
    visit(tree, 'link', (node: Link) => void links.push(node.url));
    const data = JSON.parse((await fetchFile('passages.json')).body) as { sections: { url: string }[] };
    expect(data.sections.length).toBeGreaterThan(4);
    for (const section of data.sections) expect(links).toContain(section.url);
    expect(links).toContain(publicUrl('report.md'));
    // Our summary quotes no sentence of the report (headings name the links): its words stay in report.md.
    const reportSentences = source.filter((s) => /[.!?]["”]?$/.test(s) && s.split(' ').length > 4);
    expect(reportSentences.length).toBeGreaterThan(30);
    for (const sentence of reportSentences) expect(body).not.toContain(sentence);
  });
});
