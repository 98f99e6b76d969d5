import type { Nodes, Parent, Root, Text } from 'mdast';
// Brings in the `hName`/`hProperties`/`hChildren` fields that remark-rehype reads off mdast nodes.
import type {} from 'mdast-util-to-hast';

/**
 * The report's text as blocks of running text, each tied to the passage it belongs to. The
 * glossary and SDG plugins mark text through it, and the reference index lists uses through it,
 * so a passage's address is worked out the same way in both.
 */

/** A text node, where it sits, and where it starts in its block's `text`. */
export interface TextRun {
  node: Text;
  parent: Parent;
  offset: number;
  /** Inside a link, where nothing may be linked again. */
  inLink: boolean;
}

/** A paragraph, heading or table cell: the unit in which words run on across formatting. */
export interface Block {
  /** The passage it belongs to: itself, its list item, or its footnote. */
  passage: Nodes | undefined;
  passageId: string | undefined;
  /** Its text nodes' values joined, which is how a reader sees the words. */
  text: string;
  runs: TextRun[];
}

/**
 * The id a footnote's list item gets: `fn-` and its label, since astro.config.mjs sets
 * remark-rehype's clobber prefix to '' (`remark-passage-ids` makes labels unique per section).
 */
export const FOOTNOTE_ID_PREFIX = 'fn-';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const LINKS = new Set(['link', 'linkReference']);

function idOf(node: Nodes): string | undefined {
  if (node.type === 'footnoteDefinition') return `${FOOTNOTE_ID_PREFIX}${node.identifier}`;
  const id = node.data?.hProperties?.['id'];
  return typeof id === 'string' ? id : undefined;
}

/** Text already turned into our apparatus carries its own markup and is not the report's to match again. */
export function isApparatus(node: Nodes): boolean {
  return node.data?.hChildren !== undefined;
}

/** Every block of running text in the tree, in document order. */
export function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (node: Nodes, parent: Parent | undefined, ancestors: Nodes[], block: Block | undefined, inLink: boolean): void => {
    if (node.type === 'text') {
      if (parent === undefined || isApparatus(node)) return;
      let current = block;
      if (current === undefined) {
        current = { passage: undefined, passageId: undefined, text: '', runs: [] };
        blocks.push(current);
      }
      current.runs.push({ node, parent, offset: current.text.length, inLink });
      current.text += node.value;
      return;
    }
    if (!('children' in node)) return;
    let inner = block;
    if (BLOCKS.has(node.type)) {
      const passage = [node, ...ancestors].find((candidate) => idOf(candidate) !== undefined);
      inner = { passage, passageId: passage && idOf(passage), text: '', runs: [] };
      blocks.push(inner);
    }
    const lineage = [node, ...ancestors];
    for (const child of node.children as Nodes[]) walk(child, node, lineage, inner, inLink || LINKS.has(node.type));
  };
  walk(tree, undefined, [], undefined, false);
  return blocks;
}

/** The runs a match falls into; a match across formatting (two text nodes) yields more than one. */
export function runsOf(block: Block, start: number, end: number): TextRun[] {
  return block.runs.filter((run) => run.offset < end && start < run.offset + run.node.value.length);
}

/** Line and column of a character of the block, for error messages. */
export function placeOf(block: Block, index: number): { line: number; column: number } | undefined {
  const [run] = runsOf(block, index, index + 1);
  const start = run?.node.position?.start;
  if (run === undefined || start === undefined) return undefined;
  const before = run.node.value.slice(0, index - run.offset);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + before.length }
    : { line: start.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** A stretch of a block to swap for another node. */
export interface Replacement {
  start: number;
  end: number;
  node: Text;
}

/** The run holding the whole of [start, end), or undefined when it spans formatting. */
export function runHolding(block: Block, start: number, end: number): TextRun | undefined {
  const runs = runsOf(block, start, end);
  const [run] = runs;
  return runs.length === 1 && run !== undefined && start >= run.offset && end <= run.offset + run.node.value.length
    ? run
    : undefined;
}

/** Splits the block's text nodes around the replacements, each of which must lie within one run. */
export function replaceInBlock(block: Block, replacements: Replacement[]): void {
  for (const run of [...block.runs].reverse()) {
    const mine = replacements
      .filter((replacement) => runHolding(block, replacement.start, replacement.end) === run)
      .sort((a, b) => a.start - b.start);
    if (mine.length === 0) continue;
    const { value } = run.node;
    const pieces: Text[] = [];
    let cursor = 0;
    for (const replacement of mine) {
      const start = replacement.start - run.offset;
      if (start < cursor) continue;
      if (start > cursor) pieces.push({ type: 'text', value: value.slice(cursor, start) });
      pieces.push(replacement.node);
      cursor = replacement.end - run.offset;
    }
    if (cursor < value.length) pieces.push({ type: 'text', value: value.slice(cursor) });
    const children = run.parent.children as Nodes[];
    children.splice(children.indexOf(run.node), 1, ...pieces);
  }
}
