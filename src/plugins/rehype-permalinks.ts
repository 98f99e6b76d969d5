import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

const PASSAGES = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The affordance for one passage: a plain in-page link, which `src/scripts/permalinks.ts` upgrades to copy. */
export function permalinkFor(id: string): Element {
  return h('a', {
    className: ['permalink'],
    href: `#${id}`,
    ariaLabel: `Link to passage ${id}`,
    dataPagefindIgnore: '',
  });
}

function isFootnotes(node: Element): boolean {
  return node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined;
}

/**
 * Appends a link-to-this-passage anchor to every paragraph, list item and heading that has an
 * id. The anchor has no text, so the report's words and their search index stay untouched;
 * footnotes keep the back-link GFM gives them instead.
 */
export function rehypePermalinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (isFootnotes(node)) return SKIP;
      const id = node.properties['id'];
      if (typeof id === 'string' && PASSAGES.has(node.tagName)) {
        node.properties['className'] = [...classList(node), 'passage'];
        node.children.push(permalinkFor(id) as ElementContent);
      }
      return undefined;
    });
  };
}

function classList(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}
