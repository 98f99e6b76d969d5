import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';

/**
 * Reads one built section page back into the report's words: the passages of its
 * `<article class="report-text">` (id, kind, printed number, text) and the same text as a Markdown
 * syntax tree. It reads the emitted HTML rather than the MDX so the open formats carry exactly the
 * ids, labels and text a reader of the site gets, whichever plugin or layout put them there.
 * Everything the edition adds inside the article (passage links, tooltips, the footnotes' heading
 * and back-links) is left out.
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
  /** The text as Markdown blocks, each passage opening with an `<a id>` anchor. */
  blocks: RootContent[];
}

type Element = Parse5.Element;
type Node = Parse5.ChildNode;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const superscript = (digits: string): string => digits.replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);

const isElement = (node: Parse5.Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** The edition's own elements inside the article, never part of the report's words. */
function isApparatus(el: Element): boolean {
  return (
    hasClass(el, 'permalink') ||
    attr(el, 'hidden') !== undefined ||
    attr(el, 'data-apparatus') !== undefined ||
    attr(el, 'data-footnote-backref') !== undefined ||
    attr(el, 'id') === 'footnote-label'
  );
}

const isPassage = (el: Element): boolean => attr(el, 'id') !== undefined && hasClass(el, 'passage');
const isFootnoteRef = (el: Element): boolean =>
  el.tagName === 'sup' && el.childNodes.some((child) => isElement(child) && attr(child, 'data-footnote-ref') !== undefined);

function find(node: Parse5.Node, test: (el: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  if (!('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function rawText(node: Parse5.Node): string {
  if (node.nodeName === '#text') return (node as Parse5.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(rawText).join('') : '';
}

/** A passage's own words: apparatus and nested passages (a sub-list's items) left out. */
function passageText(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeName === '#text') return (node as Parse5.TextNode).value;
    if (!isElement(node) || isApparatus(node) || (node !== el && isPassage(node))) return '';
    if (isFootnoteRef(node)) return superscript(rawText(node).trim());
    return node.childNodes.map(walk).join('');
  };
  return el.childNodes.map(walk).join('').replace(/\s+/g, ' ').trim();
}

function footnoteIdentifier(href: string): string {
  return href.replace(/^#fn-/, '');
}

function inline(nodes: Node[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      out.push({ type: 'text', value: (node as Parse5.TextNode).value.replace(/\s+/g, ' ') });
      continue;
    }
    if (!isElement(node) || isApparatus(node)) continue;
    if (isFootnoteRef(node)) {
      const ref = find(node, (el) => attr(el, 'data-footnote-ref') !== undefined);
      const identifier = footnoteIdentifier(ref ? (attr(ref, 'href') ?? '') : '');
      out.push({ type: 'footnoteReference', identifier, label: identifier });
      continue;
    }
    const children = inline(node.childNodes);
    const href = attr(node, 'href') ?? '';
    if (node.tagName === 'em' || node.tagName === 'i') out.push({ type: 'emphasis', children });
    else if (node.tagName === 'strong' || node.tagName === 'b') out.push({ type: 'strong', children });
    else if (node.tagName === 'br') out.push({ type: 'break' });
    // A link the report itself prints keeps its address; the edition's own (glossary, SDG) do not.
    else if (node.tagName === 'a' && /^https?:/.test(href)) out.push({ type: 'link', url: href, children });
    else out.push(...children);
  }
  return trimEnds(out);
}

function trimEnds(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

const anchor = (id: string): PhrasingContent => ({ type: 'html', value: `<a id="${id}"></a>` });

interface Reader {
  passages: TextPassage[];
  sectionDepth: number;
}

function record(reader: Reader, el: Element, kind: PassageKind, number?: number): PhrasingContent[] {
  const id = attr(el, 'id') ?? '';
  reader.passages.push(number === undefined ? { id, kind, text: passageText(el) } : { id, kind, number, text: passageText(el) });
  return [anchor(id)];
}

function listItem(reader: Reader, li: Element, number: number | undefined, kind: PassageKind): ListItem {
  const opening = isPassage(li) || kind === 'footnote' ? record(reader, li, kind, number) : [];
  const phrasing: Node[] = [];
  const nested: RootContent[] = [];
  for (const child of li.childNodes) {
    if (isElement(child) && ['ol', 'ul', 'p', 'blockquote'].includes(child.tagName)) nested.push(...blocks(reader, [child]));
    else phrasing.push(child);
  }
  const paragraph: Paragraph = { type: 'paragraph', children: [...opening, ...inline(phrasing)] };
  const children = (paragraph.children.length > opening.length ? [paragraph] : []) as ListItem['children'];
  if (children.length === 0 && nested[0]?.type === 'paragraph') nested[0].children.unshift(...opening);
  return { type: 'listItem', spread: false, children: [...children, ...(nested as ListItem['children'])] };
}

function blocks(reader: Reader, nodes: Node[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (!isElement(node) || isApparatus(node)) continue;
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag)) {
      const sectionHeading = hasClass(node, 'section-heading');
      const depth = (sectionHeading ? reader.sectionDepth + 1 : Number(tag.slice(1))) as Heading['depth'];
      const opening = isPassage(node) ? record(reader, node, 'heading') : [];
      out.push({ type: 'heading', depth: Math.min(depth, 6) as Heading['depth'], children: [...opening, ...inline(node.childNodes)] });
    } else if (tag === 'p') {
      const opening = isPassage(node) ? record(reader, node, 'paragraph') : [];
      out.push({ type: 'paragraph', children: [...opening, ...inline(node.childNodes)] });
    } else if (tag === 'ol' || tag === 'ul') {
      const ordered = tag === 'ol';
      const start = Number(attr(node, 'start') ?? '1');
      const items = node.childNodes.filter((child): child is Element => isElement(child) && child.tagName === 'li');
      const list: List = {
        type: 'list',
        ordered,
        spread: false,
        children: items.map((li, index) => listItem(reader, li, ordered ? start + index : undefined, 'list-item')),
      };
      if (ordered) list.start = start;
      out.push(list);
    } else if (tag === 'section' && attr(node, 'data-footnotes') !== undefined) {
      const list = find(node, (el) => el.tagName === 'ol');
      const items = (list?.childNodes ?? []).filter((child): child is Element => isElement(child) && child.tagName === 'li');
      items.forEach((li, index) => {
        const identifier = footnoteIdentifier(`#${attr(li, 'id') ?? ''}`);
        const item = listItem(reader, li, index + 1, 'footnote');
        out.push({ type: 'footnoteDefinition', identifier, label: identifier, children: item.children });
      });
    } else if (tag === 'blockquote') {
      out.push({ type: 'blockquote', children: blocks(reader, node.childNodes) as never });
    } else {
      out.push(...blocks(reader, node.childNodes));
    }
  }
  return out;
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
  const reader: Reader = { passages: [], sectionDepth: Number(attr(article, 'data-section-depth') ?? '1') };
  const label = attr(article, 'data-section-label');
  const section: SectionText = {
    file,
    slug: file.replace(/\/?index\.html$/, '').split('/').at(-1) ?? '',
    url,
    order: Number(attr(article, 'data-section-order')),
    title: attr(article, 'data-section-title') ?? '',
    depth: reader.sectionDepth,
    description: description ? (attr(description, 'content') ?? '') : '',
    passages: reader.passages,
    blocks: blocks(reader, article.childNodes),
  };
  if (label !== undefined && label !== '') section.label = label;
  return section;
}
