import type { Root } from 'mdast';
import { processWide } from './process-wide.ts';

/**
 * Section bodies' trees by body (as the content collection gives it: the text after the
 * frontmatter, trimmed), process-wide: the MDX compilation puts in the tree it parsed
 * (`remark-keep-section-tree.ts`), in the config's copy of this module, and the pages, in theirs,
 * take it from there (`section-tree.ts`) rather than parse the body again. Apart from the parser,
 * so that loading the config loads no Markdown parser: a rebuild compiles no section file.
 */
export const keptTrees = processWide('section-trees', () => new Map<string, Root>());
/** The body each file's tree was last kept for: a file compiled again replaces its tree, so an `astro dev` session that saves a file a thousand times keeps one. */
const keptBodies = processWide('section-tree-files', () => new Map<string, string>());
/** How many trees the compilation kept, and how many bodies `section-tree.ts` parsed, in this process. */
export const treeCounts = processWide('section-tree-counts', () => ({ kept: 0, parsed: 0 }));

/**
 * Keeps a copy of the tree the MDX compilation parsed from `value` (the file's text, its
 * frontmatter blanked), before any plugin changes it, in place of the one `file` had.
 */
export function keepSectionTree(value: string, tree: Root, file: string): void {
  const body = value.trim();
  const previous = keptBodies.get(file);
  if (previous !== undefined && previous !== body) keptTrees.delete(previous);
  keptBodies.set(file, body);
  keptTrees.set(body, structuredClone(tree));
  treeCounts.kept += 1;
}

/** How many trees the compilation kept, and how many bodies were parsed again, in this process. */
export function sectionTreeCounts(): Readonly<{ kept: number; parsed: number }> {
  return treeCounts;
}
