import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { builtPages, pageFile } from '../support/pages.ts';
import { attributeOf, elementsOf } from '../support/text-browser.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');
const publicUrl = (path: string) => new URL(`${base}${path}`, SITE_URL).href;
const html = (page: string) => readFileSync(join(distDir, pageFile(page)), 'utf8');

const TITLE = 'Contribution to the Fifteenth Coordination Meeting on International Migration';
const SYMBOL = 'UN/POP/MIG-15CM/2017/1';
const INSTITUTION = 'Population Division, Department of Economic and Social Affairs, United Nations Secretariat';
const TYPES = { ris: 'application/x-research-info-systems', bib: 'application/x-bibtex', json: 'application/vnd.citationstyles.csl+json' };

/** The built pages that hold the report's text (home, sections, full report), and the rest. */
const pages = builtPages(distDir);
const reportPages = pages.filter((page) => html(page).includes('class="report-text'));

interface Head {
  /** Every value of each `<meta name>`, in order. */
  meta: Map<string, string[]>;
  canonical: string | undefined;
  alternates: { type: string; href: string }[];
  /** The section the page presents, from its article: `[label, title]`; undefined off section pages. */
  section: [string, string] | undefined;
}

function head(page: string): Head {
  const meta = new Map<string, string[]>();
  const alternates: Head['alternates'] = [];
  let canonical: string | undefined;
  let section: Head['section'];
  for (const element of elementsOf(html(page))) {
    const name = attributeOf(element, 'name');
    if (element.tagName === 'meta' && name !== undefined) meta.set(name, [...(meta.get(name) ?? []), attributeOf(element, 'content') ?? '']);
    if (element.tagName === 'link' && attributeOf(element, 'rel') === 'canonical') canonical = attributeOf(element, 'href');
    if (element.tagName === 'link' && attributeOf(element, 'rel') === 'alternate' && attributeOf(element, 'href')?.includes('/cite/')) {
      alternates.push({ type: attributeOf(element, 'type') ?? '', href: attributeOf(element, 'href') ?? '' });
    }
    const title = attributeOf(element, 'data-section-title');
    if (element.tagName === 'article' && title !== undefined) section = [attributeOf(element, 'data-section-label') ?? '', title];
  }
  return { meta, canonical, alternates, section };
}

/** What a section says it is; the whole report's pages say nothing. */
const partWords = (section: Head['section']) =>
  section === undefined ? undefined : section[0] === '' ? 'Title page' : `Section ${section[0]}, “${section[1]}”`;

describe('metadata for reference managers (Highwire Press and Dublin Core), every built page', () => {
  it('finds the report pages: home, every section and the full report', () => {
    expect(reportPages).toEqual(expect.arrayContaining(['', 'full-report/', 'title-page/', 'chair-of-the-gmg/', 'eu-un-women-project/']));
    expect(reportPages).not.toContain('glossary/');
  });

  it.each(reportPages)('/%s: the report, field by field, at the page’s own address, each tag once', (page) => {
    const { meta, canonical, section } = head(page);
    expect(canonical).toBe(publicUrl(page));
    const one = (name: string) => {
      expect(meta.get(name), `${page} ${name}`).toHaveLength(1);
      return meta.get(name)?.[0];
    };
    expect(one('citation_title')).toBe(TITLE);
    // Read by Zotero as "Family, Given": a family name alone, the corporate name kept whole.
    expect(one('citation_author')).toBe('UN Women,');
    expect(one('citation_publication_date')).toBe('2017-02-08');
    expect(one('citation_technical_report_number')).toBe(SYMBOL);
    expect(one('citation_technical_report_institution')).toBe(INSTITUTION);
    expect(one('citation_language')).toBe('en');
    expect(one('citation_public_url')).toBe(canonical);
    expect(meta.get('citation_abstract')?.[0]).toBe(partWords(section));
    expect(one('DC.title')).toBe(TITLE);
    expect(one('DC.creator')).toBe('UN Women');
    expect(one('DC.date')).toBe('2017-02-08');
    expect(one('DC.identifier')).toBe(SYMBOL);
    expect(one('DC.type')).toBe('UN document');
    expect(one('DC.language')).toBe('en');
    expect(one('DC.publisher')).toBe(INSTITUTION);
    expect(html(page)).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
  });

  it('says which section a section page is', () => {
    expect(head('chair-of-the-gmg/').meta.get('citation_abstract')).toEqual(['Section A.1, “Chair of the GMG”']);
    expect(head('activities-2016/').meta.get('citation_abstract')).toEqual(['Section A, “ACTIVITIES UNDERTAKEN DURING 2016 TO SUPPORT THE IMPLEMENTATION OF THE MIGRATION-RELATED COMMITMENTS OF THE 2030 AGENDA”']);
    expect(head('title-page/').meta.get('citation_abstract')).toEqual(['Title page']);
  });

  it('puts no citation tags on our own pages (glossary, SDG, search, 404)', () => {
    for (const page of pages.filter((p) => !reportPages.includes(p))) {
      const names = [...head(page).meta.keys()];
      expect(names.filter((name) => name.startsWith('citation_') || name.startsWith('DC.')), page).toEqual([]);
      expect(head(page).alternates, page).toEqual([]);
    }
  });

  it('names the home page for the document, never "Home"', () => {
    const page = html('');
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1];
    expect(title).toBe(`${TITLE} | UN Women, ${SYMBOL}`);
    expect(/<meta property="og:title" content="([^"]*)"/.exec(page)?.[1]).toBe(title);
    expect(page).not.toMatch(/<title>Home\b/);
  });
});

/** What a parser read back, without the bookkeeping Citation.js adds. */
function parsed(text: string): Record<string, unknown> {
  const [item] = new Cite(text).data;
  const { _graph, ...fields } = item ?? {};
  return fields;
}

describe('the files under /cite/, as served', () => {
  const record = JSON.parse(readFileSync('content/report.csl.json', 'utf8')) as Record<string, unknown>;

  it.each(reportPages)('/%s: links RIS, BibTeX and CSL-JSON that parse back to the record at the page’s address', async (page) => {
    const { alternates, canonical, section } = head(page);
    const name = page === '' || page === 'full-report/' ? 'report' : page.slice(0, -1);
    expect(alternates).toEqual(Object.entries(TYPES).map(([ext, type]) => ({ type, href: `${base}cite/${name}.${ext}` })));
    // The files cite the report at its home address, a section at its own.
    const url = name === 'report' ? publicUrl('') : canonical;
    const fetched = async (ext: keyof typeof TYPES) => {
      const response = await fetch(new URL(`cite/${name}.${ext}`, siteUrl));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`${TYPES[ext]}; charset=utf-8`);
      return response.text();
    };
    const [json] = JSON.parse(await fetched('json')) as Record<string, unknown>[];
    const id = name === 'report' ? record['id'] : `${String(record['id'])}-${name}`;
    const key = name === 'report' ? record['id'] : `${String(record['id'])}_${name.replaceAll('-', '_')}`;
    const part = section === undefined ? {} : { note: partWords(section), ...(section[0] === '' ? {} : { section: section[0] }) };
    expect(json).toEqual({ ...record, id, 'citation-key': key, URL: url, ...part });

    const { author, custom, 'citation-key': _key, ...shared } = json ?? {};
    expect(parsed(await fetched('bib'))).toEqual({ ...shared, id: key, 'citation-key': key, author: [{ family: 'UN Women' }] });
    const { 'event-title': _e, 'event-place': _p, 'event-date': _d, section: _s, ...inRis } = shared;
    expect(parsed(await fetched('ris'))).toEqual({ ...inRis, id: String(id).slice(0, 20), author });
    expect(author).toEqual([{ literal: 'UN Women' }]);
    expect(custom).toEqual(record['custom']);
  });
});

describe.skipIf(!hasChromium)('Reader View', () => {
  const chromium = useChromium();
  const readability = readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');

  it('titles the home page as the document and names UN Women as its author (Mozilla Readability)', async () => {
    // Reader View is the browser's own code, which the page's policy does not govern; Readability
    // rewrites script elements of its copy of the page, which the page's Trusted Types would refuse.
    const page = await chromium.browser.newPage({ bypassCSP: true });
    await page.goto(siteUrl);
    const article = await page.evaluate(`${readability}\n;(() => { const a = new Readability(document.cloneNode(true)).parse(); return { title: a.title, byline: a.byline }; })()`);
    expect(article).toEqual({ title: TITLE, byline: 'UN Women' });
    await page.close();
  });
});
