import { slug } from 'github-slugger';
import type { Heading, List, ListItem, Nodes, Paragraph, Parent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Brings in the `hName`/`hProperties`/`hChildren` fields that remark-rehype reads off mdast nodes.
import type {} from 'mdast-util-to-hast';

/**
 * The one place passage ids are worked out. `remark-passage-ids` runs it in the build and
 * `references.ts` runs it when it indexes the glossary's uses, so both always agree.
 *
 * Generated ids depend only on a passage's own text or printed number: headings and paragraphs
 * `prefix-` plus their first six words, numbered items `prefix-noun-N`, footnotes `fn-prefix-N`.
 * An editor can steer them with an MDX comment, which renders nothing (see README, "Addresses"):
 *
 * - `{/* id: gmg-lead-role *\/}` before a paragraph or heading, or at the start of a list item's
 *   text, gives that passage an explicit id;
 * - `{/* also: gmg-un-women-took-the-lead-in *\/}` in the same places keeps old ids landing on the
 *   passage (an empty element carrying each old id is put at the start of the passage);
 * - `{/* items: step *\/}` before a numbered list names its items `prefix-step-N`.
 */

export interface PassageIdOptions {
  /** The section's `idPrefix`. */
  prefix: string;
  /** The section's `listItemNoun`, for numbered lists without their own `items:` noun. */
  listItemNoun: string;
}

/** Reports a fault in the content; the build stops with the file and the node's position. */
export type Fail = (message: string, node?: Nodes) => never;

/** How many leading words name a paragraph; enough to tell the report's paragraphs apart. */
const WORDS_PER_ID = 6;

/** Lower-case letters and digits in hyphen-joined words: what generated ids look like. */
export const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A list's noun, like `listItemNoun`. */
const NOUN_SHAPE = /^[a-z]+$/;

/** The class of the empty element that carries an old id at the start of its passage. */
export const ALIAS_CLASS = 'passage-alias';

/** What an editor's comment asks of the passage or list after it. */
interface Directive {
  id?: string;
  also: string[];
  items?: string;
}

const KEYS = new Set(['id', 'also', 'items']);

function isExpression(node: Nodes): node is Nodes & { value: string } {
  return node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
}

/**
 * Reads `/* key: value; key: value *\/`. A comment that names none of our keys is the editor's
 * own note and is left alone; one that names ours and something else is a mistake.
 */
function parseDirective(node: Nodes & { value: string }, fail: Fail): Directive | undefined {
  const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(node.value);
  if (comment === null) return undefined;
  const entries = (comment[1] ?? '')
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([a-zA-Z]+)\s*:\s*(.*)$/.exec(entry);
      return match === null ? { key: '', value: entry } : { key: match[1] ?? '', value: (match[2] ?? '').trim() };
    });
  if (!entries.some((entry) => KEYS.has(entry.key))) return undefined;
  const directive: Directive = { also: [] };
  for (const { key, value } of entries) {
    const words = value.split(/[\s,]+/).filter(Boolean);
    if (key === 'id' && words.length === 1) directive.id = words[0] as string;
    else if (key === 'also' && words.length > 0) directive.also.push(...words);
    else if (key === 'items' && words.length === 1) directive.items = words[0] as string;
    else {
      fail(
        `cannot read "${value === '' ? key : `${key}: ${value}`}" in an address comment; write {/* id: one-id */}, {/* also: old-id other-old-id */} or {/* items: noun */}`,
        node,
      );
    }
  }
  return directive;
}

function merge(into: Directive | undefined, next: Directive): Directive {
  if (into === undefined) return next;
  return { ...into, ...next, also: [...into.also, ...next.also] };
}

function setId(node: Nodes, id: string): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
}

function existingId(node: Nodes): string | undefined {
  const id = node.data?.hProperties?.['id'];
  return typeof id === 'string' ? id : undefined;
}

function words(node: Nodes): string[] {
  return slug(toString(node)).split('-').filter(Boolean);
}

/** An empty element with the old id, first in the passage: a fragment naming it lands there. */
function aliasNode(id: string): Text {
  return { type: 'text', value: '', data: { hName: 'span', hProperties: { id, className: [ALIAS_CLASS] }, hChildren: [] } };
}

/** The phrasing content at the start of a passage, where its alias elements go. */
function phrasingOf(node: Nodes): Paragraph | Heading | undefined {
  if (node.type === 'paragraph' || node.type === 'heading') return node;
  if (node.type === 'listItem') {
    const [first] = node.children;
    return first?.type === 'paragraph' || first?.type === 'heading' ? first : undefined;
  }
  return undefined;
}

/**
 * Takes the editors' comments out of the tree (they render nothing, and their words must not
 * count towards generated ids) and returns what each asks of the node it stands before or in.
 */
function takeDirectives(tree: Root, fail: Fail): Map<Nodes, Directive> {
  const directives = new Map<Nodes, Directive>();
  const flow: { parent: Parent; node: Nodes & { value: string }; directive: Directive }[] = [];
  const inline: { parent: Parent; node: Nodes & { value: string }; directive: Directive }[] = [];
  visit(tree, (node, _index, parent) => {
    if (!isExpression(node) || parent === undefined) return;
    const directive = parseDirective(node, fail);
    if (directive === undefined) return;
    (node.type === 'mdxFlowExpression' ? flow : inline).push({ parent, node, directive });
  });

  for (const { parent, node, directive } of flow) {
    const siblings = parent.children as Nodes[];
    const target = siblings.slice(siblings.indexOf(node) + 1).find((sibling) => !isExpression(sibling));
    if (target === undefined) fail('an address comment must stand just before the passage or list it is for', node);
    directives.set(target, merge(directives.get(target), directive));
  }
  for (const { parent, node, directive } of inline) {
    const siblings = parent.children as Nodes[];
    const before = siblings.slice(0, siblings.indexOf(node));
    if (before.some((sibling) => !(sibling.type === 'text' && sibling.value.trim() === '') && !isExpression(sibling))) {
      fail('an address comment inside a passage must come first in its text', node);
    }
    directives.set(parent as Nodes, merge(directives.get(parent as Nodes), directive));
  }

  for (const { parent, node } of [...flow, ...inline]) {
    const siblings = parent.children as Nodes[];
    const at = siblings.indexOf(node);
    siblings.splice(at, 1);
    // `1. {/* id: x */} Text` must read "Text", as it would without the comment.
    const next = siblings[at];
    if (node.type === 'mdxTextExpression' && next?.type === 'text' && siblings.slice(0, at).every((n) => n.type !== 'text' || n.value.trim() === '')) {
      next.value = next.value.trimStart();
    }
  }
  return directives;
}

/**
 * Gives every heading, list item and top-level paragraph of a section its id, and footnotes
 * `fn-prefix-N`. Two passages that would get the same id fail, and so does an explicit id or an
 * alias of the wrong shape or already taken.
 */
export function assignPassageIds(tree: Root, options: PassageIdOptions, fail: Fail): void {
  const { prefix } = options;
  const directives = takeDirectives(tree, fail);
  const used = new Set<string>();
  const aliasNodes = new Set<Nodes>();
  const remedy = `give one of them its own id with {/* id: ${prefix}-... */} before it, or its numbered list a noun with {/* items: noun */} (README, "Addresses")`;

  const take = (node: Nodes, id: string, what: string): void => {
    if (used.has(id)) fail(`${what} "${id}" is used twice; ${remedy}`, node);
    used.add(id);
  };

  const claim = (node: Nodes, candidates: Iterable<string>): void => {
    const directive = directives.get(node) ?? directives.get(phrasingOf(node) ?? node);
    let id: string | undefined;
    let longest = '';
    for (const candidate of directive?.id === undefined ? candidates : []) {
      longest = candidate;
      if (!used.has(candidate)) {
        id = candidate;
        break;
      }
    }
    if (directive?.id !== undefined) {
      if (!ID_SHAPE.test(directive.id) || !directive.id.startsWith(`${prefix}-`)) {
        fail(`id "${directive.id}" must start with "${prefix}-" and be lower-case letters and digits joined by hyphens`, node);
      }
      id = directive.id;
    }
    if (id === undefined) fail(`passage id "${longest}" is used twice; ${remedy}`, node);
    take(node, id, 'passage id');
    setId(node, id);
    const aliases = directive?.also ?? [];
    if (aliases.length === 0) return;
    const phrasing = phrasingOf(node);
    if (phrasing === undefined) fail('an old id (also:) can only be kept on a paragraph, heading or list item with text', node);
    for (const alias of aliases) {
      if (!ID_SHAPE.test(alias)) fail(`old id "${alias}" must be lower-case letters and digits joined by hyphens`, node);
      take(node, alias, 'old id');
    }
    const nodes = aliases.map(aliasNode);
    for (const alias of nodes) aliasNodes.add(alias);
    phrasing.children.unshift(...nodes);
  };

  // Lazy: nearly every passage takes its first candidate, and building every longer one up front
  // cost time in the square of a passage's length.
  function* byWords(node: Nodes): Generator<string> {
    const all = words(node);
    if (all.length === 0) yield `${prefix}-passage`;
    for (let count = Math.min(WORDS_PER_ID, all.length); count <= all.length && count > 0; count += 1) {
      yield [prefix, ...all.slice(0, count)].join('-');
    }
  }

  visit(tree, (node, index, parent) => {
    if (aliasNodes.has(node)) return;
    const given = existingId(node);
    if (given !== undefined) {
      claim(node, [given]);
      return;
    }
    const directive = directives.get(node);
    if (directive?.items !== undefined && node.type !== 'list') fail('{/* items: noun */} must stand just before a numbered list', node);
    if ((directive?.id !== undefined || directive?.also.length) && node.type === 'list') {
      fail('an id or old id for a list item goes at the start of that item: 1. {/* id: ... */} Text', node);
    }
    switch (node.type) {
      case 'heading':
        claim(node as Heading, byWords(node));
        break;
      case 'listItem': {
        const list = parent as List;
        if (list.ordered) {
          const noun = directives.get(list)?.items ?? options.listItemNoun;
          if (!NOUN_SHAPE.test(noun)) fail(`list noun "${noun}" must be lower-case letters`, list);
          claim(node as ListItem, [`${prefix}-${noun}-${(list.start ?? 1) + (index ?? 0)}`]);
        } else {
          claim(node as ListItem, byWords(node));
        }
        break;
      }
      case 'paragraph':
        if (parent?.type === 'root') claim(node as Paragraph, byWords(node));
        else if (directives.has(node) && parent?.type !== 'listItem') fail('only top-level paragraphs, headings and list items have ids', node);
        break;
      case 'footnoteReference':
      case 'footnoteDefinition': {
        const label = node.label ?? node.identifier;
        node.identifier = `${prefix}-${node.identifier}`;
        node.label = `${prefix}-${label}`;
        break;
      }
      default:
        break;
    }
  });
}

interface Frontmatter {
  idPrefix?: unknown;
  listItemNoun?: unknown;
}

/**
 * The transformer that gives a parsed section its ids, with the prefix and noun taken from the
 * frontmatter Astro puts on the file (or from `overrides`); a fault fails with the file's name.
 */
export function passageIdTransformer(overrides: Partial<PassageIdOptions> = {}) {
  return (tree: Root, file: VFile): void => {
    const astro = file.data['astro'] as { frontmatter?: Frontmatter } | undefined;
    const frontmatter = astro?.frontmatter ?? {};
    const prefix = overrides.prefix ?? frontmatter.idPrefix;
    if (typeof prefix !== 'string' || prefix === '') {
      file.fail('passage ids need an `idPrefix` in the frontmatter');
    }
    const listItemNoun =
      overrides.listItemNoun ?? (typeof frontmatter.listItemNoun === 'string' ? frontmatter.listItemNoun : 'item');
    assignPassageIds(tree, { prefix, listItemNoun }, (message, node) => file.fail(message, node));
  };
}
