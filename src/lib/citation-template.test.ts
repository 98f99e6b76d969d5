import { describe, expect, it } from 'vitest';
import { STYLES, citedItem, citeprocInText, citeprocReference, inText, reference, type CitedPart, type CslItem } from './citation.ts';
import { templatedFormat } from './citation-template.ts';
import { editionItems } from './citation-templates-writer.ts';
import { PLACEHOLDER_SITE_URL } from './site-url.ts';

/** Every page the real content cites (`editionItems`), and the full report, which cites the report at an address of its own. */
const realItems = (): CslItem[] => [...editionItems(), citedItem(new URL('full-report/', PLACEHOLDER_SITE_URL).href)];

const URL_BASE = 'https://example.org/report/';

const LABELS = {
  // As reports number their parts: all printed as given.
  plain: ['A', 'B', 'A.1', 'B.12', '1', '9', '12', '30.9', '2.10.3', 'IV', 'IV.3', 'X', 'A1', '1A', 'A01', '0', '10.0', 'Z.99.1'],
  // Ones citeproc reads as ranges, lists, labels or markup, or may curl, escape or join: left to it.
  odd: ['a', 'a.1', 'ii', 'iv.2', 'p.', 'sec. 2', 'A-1', '1-3', '1–3', 'A&B', 'A & B', 'A and B', '1,2', "O'Neil", 'x"y', '“A”', 'A  B', 'A.1.', '.A', '<i>x</i>', 'Ä.1'],
};

const URLS = {
  plain: ['https://example.org/', 'https://example.org', 'https://sub.example.org:8080/a/b/', 'https://example.org/a-b/', 'https://example.org/a--b/', 'https://example.org/caf%C3%A9/', 'https://example.org/x_y/', 'https://example.org/?a=1&b=2', 'https://example.org/x#y', 'https://example.org/A.1/'],
  odd: ["https://example.org/o'n/", 'https://example.org/a&amp;b/', 'https://example.org/"q"/', 'https://example.org/a.', 'https://example.org/a,', 'https://example.org/a<b>/', 'https://example.org/a  b/', 'http://example.org/a_', 'https://example.org/(x)', 'https://example.org/---'],
};

const SLUGS = ['part-a', 'x_y', 'a1', 'a--b', "o'n", 'a&b', 'é'];

const parts = (labels: string[]): CitedPart[] => labels.map((label, index) => ({ slug: `part-${index}`, label, title: `Part “${label}” & more` }));
const withLabels = (labels: string[]) => parts(labels).map((part) => citedItem(`${URL_BASE}${part.slug}/`, part));
const atUrls = (urls: string[]) => urls.flatMap((url) => [citedItem(url), citedItem(url, { slug: 'part-a', label: 'A.1', title: 'A' })]);
const withSlugs = (slugs: string[]) => slugs.map((slug) => citedItem(`${URL_BASE}${slug}/`, { slug, label: 'B', title: 'B' }));

/** Each style's three outputs, templated over citeproc, noting the items citeproc itself had to format. */
function formatters(): { formats: [string, (item: CslItem) => string, (item: CslItem) => string][]; slow: Set<CslItem> } {
  const slow = new Set<CslItem>();
  const noting = (format: (item: CslItem) => string) => (item: CslItem) => {
    slow.add(item);
    return format(item);
  };
  const formats = STYLES.flatMap((style): [string, (item: CslItem) => string, (item: CslItem) => string][] => {
    const html = (item: CslItem) => citeprocReference(item, style, 'html');
    const text = (item: CslItem) => citeprocReference(item, style, 'text');
    const short = (item: CslItem) => citeprocInText(item, style);
    return [
      [`${style.id} html`, templatedFormat(noting(html), true), html],
      [`${style.id} text`, templatedFormat(noting(text), false), text],
      [`${style.id} in text`, templatedFormat(noting(short), false), short],
    ];
  });
  return { formats, slow };
}

/** Asserts the templated outputs are citeproc's; returns the items citeproc formatted as they are. */
function expectAsCiteproc(items: CslItem[]): Set<CslItem> {
  const { formats, slow } = formatters();
  for (const [name, fast, citeproc] of formats) {
    for (const item of items) expect(fast(item), `${name}: ${item.URL} ${item.section}`).toBe(citeproc(item));
  }
  // Templates are made from copies of the items holding sentinels, which citeproc formats.
  return new Set(items.filter((item) => slow.has(item)));
}

// Citeproc runs for every comparison, and the first use of each style compiles it.
describe('citations filled into templates read as citeproc writes them', { timeout: 120_000 }, () => {
  it('for the report, the full report and every section of the real content, none formatted by citeproc', () => {
    const items = realItems();
    expect(items.filter((item) => item.section !== undefined).length).toBeGreaterThan(1);
    expect(expectAsCiteproc(items).size).toBe(0);
  });

  it('as the pages get them', () => {
    for (const style of STYLES) {
      for (const item of [...realItems(), ...withLabels(LABELS.odd)]) {
        expect(reference(item, style, 'html')).toBe(citeprocReference(item, style, 'html'));
        expect(reference(item, style, 'text')).toBe(citeprocReference(item, style, 'text'));
        expect(inText(item, style)).toBe(citeprocInText(item, style));
      }
    }
  });

  it('for section labels of many shapes', () => {
    expect(expectAsCiteproc(withLabels(LABELS.plain)).size).toBe(0);
  });

  it('for section labels citeproc reads otherwise, by leaving them to citeproc', () => {
    const items = withLabels(LABELS.odd);
    expect(expectAsCiteproc(items).size).toBe(items.length);
  });

  it('for addresses with hyphens, ampersands, percent escapes, fragments', () => {
    expect(expectAsCiteproc(atUrls(URLS.plain)).size).toBe(0);
  });

  it('for addresses with quotes, spaces, angle brackets and final punctuation, by leaving them to citeproc', () => {
    const items = atUrls(URLS.odd);
    expect(expectAsCiteproc(items).size).toBe(items.length);
  });

  it('for slugs, which the HTML entry carries in its id', () => {
    const slow = expectAsCiteproc(withSlugs(SLUGS));
    expect([...slow].map((item) => item.id)).toEqual(["unwomen2017-o'n", 'unwomen2017-a&b', 'unwomen2017-é']);
  });
});

describe('templates', () => {
  /** A stand-in for citeproc that prints the fields as given, counting its runs. */
  function counted(): { format: (item: CslItem) => string; runs: () => number } {
    let runs = 0;
    return {
      format: (item) => {
        runs += 1;
        return `<div data-csl-entry-id="${item.id}">${item.title}. ${item.URL} ${item.section ?? ''}</div>`;
      },
      runs: () => runs,
    };
  }

  it('run the formatter twice per shape of page, however many pages', () => {
    const { format, runs } = counted();
    const fast = templatedFormat(format, true);
    const items = Array.from({ length: 50 }, (_, index) => citedItem(`${URL_BASE}p${index}/`, { slug: `p${index}`, label: `${index % 5}.${index}`, title: 'T' }));
    expect(items.map(fast)).toEqual(items.map(format));
    expect(runs() - 50).toBe(2);
  });

  it('leave to the formatter values it might not print as given', () => {
    const { format, runs } = counted();
    const fast = templatedFormat(format, true);
    fast(citedItem(`${URL_BASE}a/`, { slug: 'a', label: 'A', title: 'A' }));
    const before = runs();
    fast(citedItem(`${URL_BASE}b/`, { slug: 'b', label: 'B', title: 'B' }));
    expect(runs()).toBe(before);
    fast(citedItem(`${URL_BASE}"c"/`, { slug: 'c', label: 'C', title: 'C' }));
    expect(runs()).toBe(before + 1);
  });

  it('are made apart for a record that differs beyond the page fields', () => {
    const { format, runs } = counted();
    const fast = templatedFormat(format, false);
    const item = citedItem(URL_BASE);
    fast(item);
    const other = { ...item, title: 'Another title' };
    expect(fast(other)).toBe(format(other));
    expect(runs()).toBe(2 + 2 + 1);
  });

  it('are not used where the output does not follow the sentinels', () => {
    // As a style that changes the case of the address would.
    const shouting = (item: CslItem) => `${item.title} ${item.URL.toUpperCase()}`;
    const fast = templatedFormat(shouting, false);
    const item = citedItem(`${URL_BASE}part/`);
    expect(fast(item)).toBe(`${item.title} ${URL_BASE.toUpperCase()}PART/`);
  });
});
