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
/** The body each file's tree was last kept for: a file compiled again replaces its tree, so an `astro dev` session that saves a file a thousand times keeps one. */
const keptBodies = processWide('section-tree-files', () => new Map<string, string>());
const counts = processWide('section-tree-counts', () => ({ kept: 0, parsed: 0 }));

/**
 * Keeps a copy of the tree the MDX compilation parsed from `value` (the file's text, its
 * frontmatter blanked), before any plugin changes it, in place of the one `file` had.
 */
export function keepSectionTree(value: string, tree: Root, file: string): void {
  const body = value.trim();
  const previous = keptBodies.get(file);
  if (previous !== undefined && previous !== body) trees.delete(previous);
  keptBodies.set(file, body);
  trees.set(body, structuredClone(tree));
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
