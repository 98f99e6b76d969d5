import type { Element, ElementContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { defaultHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast';
import type { FootnoteDefinition, Heading, Html, ListItem, Nodes as MdastNodes, PhrasingContent, RootContent } from 'mdast';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';

/**
 * Reads one built section page back into the report's words: the passages of its
 * `<article class="report-text">` (id, kind, printed number, text) and the same text as a Markdown
 * syntax tree. It reads the emitted HTML rather than the MDX so the open formats carry exactly the
 * ids, labels and text a reader of the site gets, whichever plugin or layout put them there.
 * Everything the edition adds inside the article (passage links, tooltips, the footnotes' heading
 * and back-links) is taken out first; hast-util-to-mdast then turns what is left into Markdown,
 * with a few handlers for what is the edition's (passage anchors, footnotes, heading depth).
 */

export type PassageKind = 'heading' | 'paragraph' | 'list-item' | 'footnote';

export interface TextPassage {
  /** The element's id on the section page, e.g. `gmg-meeting-7`. */
  id: string;
  kind: PassageKind;
  /** The printed number of a numbered list item or a footnote. */
  number?: number;
  /** Its words, whitespace collapsed; a footnote mark is a superscript digit ("MIGRATION¹"). */
  text: string;
}

export interface SectionText {
  /** The page's file in the output folder, e.g. `chair-of-the-gmg/index.html`. */
  file: string;
  /** The section's slug, e.g. `chair-of-the-gmg`. */
  slug: string;
  /** The page's canonical (absolute) URL. */
  url: string;
  order: number;
  /** The printed label with its parent's, e.g. `A.1`; absent for the title page. */
  label?: string;
  title: string;
  /** 1 for a top-level part, 2 for its sub-sections (as on the full report). */
  depth: number;
  /** Our one-sentence description of the section (its meta description). */
  description: string;
  passages: TextPassage[];
  /**
   * The text as Markdown (`sectionMarkdown`), each passage opening with an `<a id>` anchor: written
   * once per page, so a report whose pages the last build read is not written out again.
   */
  markdown: string;
}

/**
 * One section's blocks as CommonMark with GFM footnotes, ending in a newline. Every section opens
 * with its heading, so sections written one by one and joined by a blank line read exactly as the
 * whole report written at once.
 */
export function sectionMarkdown(blocks: RootContent[]): string {
  return toMarkdown({ type: 'root', children: blocks }, { extensions: [gfmFootnoteToMarkdown()], bullet: '-', emphasis: '*' });
}

type Parse5Element = Parse5.Element;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const superscript = (digits: string): string => digits.replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);

const isParse5Element = (node: Parse5.Node): node is Parse5Element => 'tagName' in node;
const attr = (el: Parse5Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function find(node: Parse5.Node, test: (el: Parse5Element) => boolean): Parse5Element | undefined {
  if (isParse5Element(node) && test(node)) return node;
  if (!('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

const hasClass = (el: Element, name: string): boolean => (el.properties['className'] as string[] | undefined)?.includes(name) ?? false;
const prop = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  return value === undefined || value === null || value === false ? undefined : String(value);
};

/** The edition's own elements inside the article, never part of the report's words. */
function isApparatus(el: Element): boolean {
  return (
    hasClass(el, 'permalink') ||
    el.properties['hidden'] !== undefined ||
    el.properties['dataApparatus'] !== undefined ||
    el.properties['dataFootnoteBackref'] !== undefined ||
    el.properties['id'] === 'footnote-label'
  );
}

const isPassage = (el: Element): boolean => prop(el, 'id') !== undefined && hasClass(el, 'passage');
const footnoteRef = (el: Element): Element | undefined =>
  el.tagName === 'sup'
    ? el.children.find((child): child is Element => child.type === 'element' && child.properties['dataFootnoteRef'] !== undefined)
    : undefined;
const isFootnoteList = (el: Element): boolean => el.tagName === 'section' && el.properties['dataFootnotes'] !== undefined;
/** Footnote identifiers are the site's footnote ids without `fn-` (`[^title-1]`). */
const footnoteIdentifier = (href: string): string => href.replace(/^#?fn-/, '');

/** The article without the edition's own elements: what is left is the report's words. */
function withoutApparatus(article: Element): Element {
  const keep = (node: ElementContent): node is ElementContent => node.type !== 'element' || !isApparatus(node);
  const clean = (el: Element): Element => ({
    ...el,
    children: el.children.filter(keep).map((child) => (child.type === 'element' ? clean(child) : child)),
  });
  return clean(article);
}

/** A passage's own words, whitespace collapsed: nested passages (a sub-list's items) left out, footnote marks as superscripts. */
function passageText(el: Element): string {
  const walk = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' || (node !== el && isPassage(node))) return '';
    if (footnoteRef(node)) return superscript(toString(node).trim());
    return node.children.map(walk).join('');
  };
  return walk(el).replace(/\s+/g, ' ').trim();
}

/** Where a passage's id goes in the Markdown: an inline anchor, the first thing in its block. */
const anchor = (id: string): Html => ({ type: 'html', value: `<a id="${id}"></a>` });

/**
 * hast-util-to-mdast does the conversion; these handlers add what is the edition's: an anchor
 * opening each passage, the passages recorded in order, the report's footnotes as GFM footnotes,
 * section headings one level below their part, and the edition's own links (glossary, SDG) as
 * their words alone.
 */
function handlers(passages: TextPassage[], sectionDepth: number): Record<string, Handle> {
  const record = (el: Element, kind: PassageKind, number?: number): Html => {
    const id = prop(el, 'id') ?? '';
    passages.push(number === undefined ? { id, kind, text: passageText(el) } : { id, kind, number, text: passageText(el) });
    return anchor(id);
  };
  /** The block's own result, its first paragraph or heading opened by the passage's anchor. */
  const opened = <T extends MdastNodes>(result: T, opening: Html | undefined): T => {
    if (opening === undefined) return result;
    const first = 'children' in result ? (result.children as MdastNodes[])[0] : undefined;
    if (result.type === 'heading' || result.type === 'paragraph') (result.children as PhrasingContent[]).unshift(opening);
    else if (first?.type === 'paragraph') first.children.unshift(opening);
    else if ('children' in result) (result.children as MdastNodes[]).unshift({ type: 'paragraph', children: [opening] });
    return result;
  };
  const heading = (state: State, el: Element) => {
    const opening = isPassage(el) ? record(el, 'heading') : undefined;
    const result = defaultHandlers[el.tagName as 'h1'](state, el) as Heading;
    if (hasClass(el, 'section-heading')) result.depth = Math.min(sectionDepth + 1, 6) as Heading['depth'];
    return opened(result, opening);
  };
  return {
    h1: heading,
    h2: heading,
    h3: heading,
    h4: heading,
    h5: heading,
    h6: heading,
    p: (state, el) => {
      const opening = isPassage(el) ? record(el, 'paragraph') : undefined;
      const result = defaultHandlers.p(state, el);
      return result === undefined ? undefined : opened(result, opening);
    },
    ol: (state, el) => {
      // Numbered before converting, so nested passages are recorded after their item.
      const start = Number(prop(el, 'start') ?? '1');
      el.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li').forEach((li, index) => {
        li.properties['dataNumber'] = start + index;
      });
      return defaultHandlers.ol(state, el);
    },
    li: (state, el) => {
      const number = el.properties['dataNumber'] === undefined ? undefined : Number(el.properties['dataNumber']);
      const opening = isPassage(el) ? record(el, 'list-item', number) : undefined;
      const result = defaultHandlers.li(state, el) as ListItem;
      result.spread = false;
      return opened(result, opening);
    },
    sup: (state, el) => {
      const ref = footnoteRef(el);
      if (ref === undefined) return state.all(el);
      const identifier = footnoteIdentifier(prop(ref, 'href') ?? '');
      return { type: 'footnoteReference', identifier, label: identifier };
    },
    a: (state, el) => (/^https?:/.test(prop(el, 'href') ?? '') ? defaultHandlers.a(state, el) : state.all(el)),
    section: (state, el) => {
      if (!isFootnoteList(el)) return state.toFlow(state.all(el));
      const list = el.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
      const items = (list?.children ?? []).filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
      return items.map((li, index): FootnoteDefinition => {
        const identifier = footnoteIdentifier(prop(li, 'id') ?? '');
        const children = state.toFlow(state.all(li)) as FootnoteDefinition['children'];
        return { type: 'footnoteDefinition', identifier, label: identifier, children: opened({ type: 'listItem', children } as ListItem, record(li, 'footnote', index + 1)).children as FootnoteDefinition['children'] };
      });
    },
  };
}

/**
 * The section a built page (its HTML, or its tree as the shared pass parsed it) presents, or undefined for a page that is not one section of the
 * report (home, full report, glossary...). Section pages mark their article with
 * `data-section-order`.
 */
export function readSectionPage(file: string, page: string | Parse5.Document): SectionText | undefined {
  const document = typeof page === 'string' ? parse(page) : page;
  const article = find(document, (el) => el.tagName === 'article' && attr(el, 'data-section-order') !== undefined);
  if (!article) return undefined;
  const canonical = find(document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
  const description = find(document, (el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
  const url = canonical ? attr(canonical, 'href') : undefined;
  if (url === undefined) throw new Error(`[open-formats] ${file}: a section page needs <link rel="canonical">`);
  const depth = Number(attr(article, 'data-section-depth') ?? '1');
  const passages: TextPassage[] = [];
  const hast = withoutApparatus(fromParse5(article) as Element);
  const markdown = toMdast({ type: 'root', children: hast.children }, { handlers: handlers(passages, depth) });
  const label = attr(article, 'data-section-label');
  const section: SectionText = {
    file,
    slug: file.replace(/\/?index\.html$/, '').split('/').at(-1) ?? '',
    url,
    order: Number(attr(article, 'data-section-order')),
    title: attr(article, 'data-section-title') ?? '',
    depth,
    description: description ? (attr(description, 'content') ?? '') : '',
    passages,
    markdown: sectionMarkdown(markdown.type === 'root' ? markdown.children : [markdown as RootContent]),
  };
  if (label !== undefined && label !== '') section.label = label;
  return section;
}
