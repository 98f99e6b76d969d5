import { storedOrMade, type KeyedStore } from './keyed-store.ts';

/**
 * Citations made once per style and page shape, then filled in per page.
 *
 * Every page cites the same record; only the fields `citedItem` sets per page differ. Running
 * citeproc per page re-sorts and re-renders the item each time (about 20 ms a page for the four
 * styles), so instead each style formats the item once with sentinels in those fields, and pages
 * fill their own values into the result. Formatting the pages together in one bibliography would
 * be cheaper still, but styles then tell apart items by the same author and year (2017a, 2017b).
 *
 * A template is only as good as the values put into it, so it is used only when:
 * - the page's values are ones citeproc prints as given (`VERBATIM`), escaped as it escapes them;
 * - the rest of the item is the one the template was made from (the key holds it);
 * - a section label has the template's shape, as styles test whether it is numeric;
 * - a second set of sentinels, filled in, reads exactly as citeproc's own output for them.
 * Anything else goes to citeproc, which is always right, only slower.
 */

/** A CSL-JSON item, as far as templates read it. */
type Item = Record<string, unknown>;

/** The fields `citedItem` sets per page; the rest of the item is the report's record. */
const PAGE_FIELDS = ['id', 'citation-key', 'URL', 'section', 'note'] as const;
type PageField = (typeof PAGE_FIELDS)[number];

/**
 * Values the styles print unchanged. Citeproc curls quotes, reads hyphens, commas and `&` in a
 * label as ranges and lists and short lower-case words as labels of their own ("p."), turns double
 * spaces into no-break spaces, and drops a URL's final full stop before the style's own. Fields
 * with no pattern (`note`, `citation-key`) may only be ones the styles do not print.
 */
const VERBATIM: Partial<Record<PageField, RegExp>> = {
  // Citation.js writes the id as it is into the HTML entry's `data-csl-entry-id`.
  id: /^[\w-]+$/,
  URL: /^https?:\/\/[\w-]+(?:\.[\w-]+)*(?::\d+)?(?:\/[\w.~%&=?+#-]*)*(?<=[A-Za-z0-9/])$/,
  section: /^[A-Z0-9]+(?:\.[A-Z0-9]+)*$/,
};

/** As citeproc's HTML output escapes text (`CSL.Output.Formats.html.text_escape`), for what `VERBATIM` lets through. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

/** Runs of capitals, lower-case letters and digits, each as one mark: "A.1" and "B.12" share "A.0". */
function shapeOf(label: string): string {
  return label.replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'a').replace(/[0-9]+/g, '0');
}

/** Two sets of sentinels, each unlike anything in the record or the styles' words. */
const SENTINELS: readonly ((field: PageField, shape: string) => string)[] = [
  (field, shape) => sentinel(field, shape, { word: 'zqxjone', caps: 'QZXJ', lower: 'qzxj', digits: '97531' }),
  (field, shape) => sentinel(field, shape, { word: 'zqxjtwo', caps: 'JXZQ', lower: 'jxzq', digits: '86420' }),
];

function sentinel(field: PageField, shape: string, marks: { word: string; caps: string; lower: string; digits: string }): string {
  switch (field) {
    case 'URL':
      return `https://${marks.word}.invalid/${marks.word}/`;
    case 'section':
      return shape.replace(/[Aa0]/g, (mark) => ({ A: marks.caps, a: marks.lower, '0': marks.digits })[mark] ?? mark);
    default:
      return `${marks.word}${field.replace(/\W/g, '')}`;
  }
}

/** Output cut at the page's fields: `parts[0] + field[0] + parts[1] + ...`. */
export interface Template {
  parts: string[];
  fields: PageField[];
}

/** The item's page fields set to one set of sentinels. */
function sentinelItem(item: Item, shape: string, set: (field: PageField, shape: string) => string): Item {
  const copy = { ...item };
  for (const field of PAGE_FIELDS) if (field in item) copy[field] = set(field, shape);
  return copy;
}

function cut(output: string, values: Map<string, PageField>): Template {
  const pattern = new RegExp([...values.keys()].sort((a, b) => b.length - a.length).map((value) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
  const parts: string[] = [];
  const fields: PageField[] = [];
  let last = 0;
  for (const match of output.matchAll(pattern)) {
    parts.push(output.slice(last, match.index));
    fields.push(values.get(match[0])!);
    last = match.index + match[0].length;
  }
  parts.push(output.slice(last));
  return { parts, fields };
}

function fill(template: Template, item: Item, html: boolean): string {
  let out = template.parts[0]!;
  template.fields.forEach((field, index) => {
    const value = String(item[field]);
    // The id is Citation.js's attribute, not citeproc's text: it is written unescaped.
    out += (html && field !== 'id' ? escapeHtml(value) : value) + template.parts[index + 1]!;
  });
  return out;
}

/** Whether every page field is one a template may stand in for. */
function fillable(item: Item, template: Template): boolean {
  for (const field of PAGE_FIELDS) {
    if (!(field in item)) continue;
    const pattern = VERBATIM[field];
    if (pattern === undefined ? template.fields.includes(field) : !pattern.test(String(item[field]))) return false;
  }
  return true;
}

/** The template for items like `item`, or null where citeproc's output does not follow the sentinels. */
function makeTemplate(item: Item, shape: string, format: (item: Item) => string, html: boolean): Template | null {
  const [first, second] = SENTINELS.map((set) => sentinelItem(item, shape, set)) as [Item, Item];
  const values = new Map<string, PageField>();
  for (const field of PAGE_FIELDS) if (field in first) values.set(String(first[field]), field);
  const template = cut(format(first), values);
  return fill(template, second, html) === format(second) ? template : null;
}

/** What decides a template: the record apart from the page fields, which of those are present, the label's shape. */
function keyOf(item: Item): { key: string; shape: string } {
  const shape = typeof item['section'] === 'string' ? shapeOf(item['section']) : '';
  const rest = Object.fromEntries(Object.entries(item).filter(([field]) => !(PAGE_FIELDS as readonly string[]).includes(field)));
  const present = PAGE_FIELDS.filter((field) => field in item).join();
  return { key: `${present}|${shape}|${JSON.stringify(rest)}`, shape };
}

/** Where templates are kept between pages (and builds): `null` records that none fits. */
export type TemplateStore = KeyedStore<Template | null>;

/**
 * `item` filled into the template `templates` keep for items like it, without running the format
 * the template was made from; undefined where none is kept, or the one kept does not fit `item`.
 */
export function filledFromKept(item: object, html: boolean, templates: TemplateStore): string | undefined {
  const fields = item as Item;
  return filledIfFits(templates.get(keyOf(fields).key), fields, html);
}

/** `item` filled into `template` where there is one and it fits `item`. */
function filledIfFits(template: Template | null | undefined, item: Item, html: boolean): string | undefined {
  return template !== undefined && template !== null && fillable(item, template) ? fill(template, item, html) : undefined;
}

/**
 * `format` (one style, one output) as it reads for `item`, from a template where one fits.
 * `html`: whether the output is citeproc's HTML, whose text is escaped. `templates` must hold only
 * templates of this same `format`.
 */
export function templatedFormat<T extends object>(format: (item: T) => string, html: boolean, templates: TemplateStore = new Map()): (item: T) => string {
  const run = format as (item: Item) => string;
  return (item) => {
    const fields = item as Item;
    const { key, shape } = keyOf(fields);
    const template = storedOrMade(templates, key, () => makeTemplate(fields, shape, run, html));
    return filledIfFits(template, fields, html) ?? format(item);
  };
}
