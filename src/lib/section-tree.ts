import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { storedOrMade } from './keyed-store.ts';
import { processWide } from './process-wide.ts';

/** MDX with GFM, as the build reads a section file's body. */
export const sectionParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Section bodies' trees by body (as the content collection gives it: the text after the
 * frontmatter, trimmed), process-wide: the MDX compilation puts in the tree it parsed
 * (`remark-keep-section-tree.ts`), in the config's copy of this module, and the pages, in theirs,
 * take it from there rather than parse the body again.
 */
const trees = processWide('section-trees', () => new Map<string, Root>());
const counts = processWide('section-tree-counts', () => ({ kept: 0, parsed: 0 }));

/** Keeps a copy of the tree the MDX compilation parsed from `value` (the file's text, its frontmatter blanked), before any plugin changes it. */
export function keepSectionTree(value: string, tree: Root): void {
  trees.set(value.trim(), structuredClone(tree));
  counts.kept += 1;
}

/**
 * A section's body parsed once per build, however many ask (the passages the glossary and SDG
 * pages list, the length that bounds a page's related passages): the tree the MDX compilation kept,
 * or else parsed here. The tree is shared: callers that change a tree change a copy.
 */
export function parseSectionBody(body: string): Root {
  return storedOrMade(trees, body.trim(), () => {
    counts.parsed += 1;
    return sectionParser.parse(body);
  });
}

/** How many trees the compilation kept, and how many bodies were parsed here, in this process. */
export function sectionTreeCounts(): Readonly<{ kept: number; parsed: number }> {
  return counts;
}
