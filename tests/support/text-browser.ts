import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Not part of what a reader is shown: a template's content is a fragment outside the document. */
const UNSHOWN = new Set(['head', 'template', 'script', 'style']);

/** Elements a text browser puts on lines of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

const isElement = (node: Node): node is Element => 'tagName' in node;

/**
 * A page as a text browser reads it: every text node of the document, CSS and the `hidden`
 * attribute ignored, one line per block, whitespace squeezed. `<noscript>` content counts (as
 * for a browser without JavaScript); `<template>`, `<script>` and `<style>` do not.
 */
export function textBrowserLines(html: string): string[] {
  return linesOf(parse(html, { scriptingEnabled: false }));
}

/** As `textBrowserLines`, for one element of a parsed page (`elementsOf`). */
export function linesOf(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) {
      out.push(node.value);
      return;
    }
    if (isElement(node) && UNSHOWN.has(node.tagName)) return;
    const block = isElement(node) && BLOCKS.has(node.tagName);
    if (block) out.push('\n');
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if (block) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Every element of the document (template content, a separate fragment, left out). */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if (isElement(node)) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html, { scriptingEnabled: false }));
  return found;
}

export const attributeOf = (element: Element, name: string): string | undefined =>
  element.attrs.find((attribute) => attribute.name === name)?.value;

/** The text of an element's subtree, as `textContent` gives it. */
export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

export const LYNX = '/usr/bin/lynx';
export const hasLynx = existsSync(LYNX);

/**
 * `lynx -dump` of an HTML file, without the list of links, lines long enough not to wrap words
 * apart. Lynx writes a superscript as `^1`; the source has the footnote mark as `1`.
 */
export function lynxDump(file: string): string {
  const result = spawnSync(LYNX, ['-dump', '-nolist', '-width=1024', '-assume_charset=utf-8', '-display_charset=utf-8', file], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`lynx -dump ${file} failed: ${result.stderr}`);
  return result.stdout.replace(/\^(\d+)/g, '$1');
}
