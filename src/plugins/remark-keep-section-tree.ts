import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { keepSectionTree } from '../lib/kept-section-trees.ts';

/**
 * Keeps a copy of each section's tree as the MDX compilation parsed it, for the passages and text
 * lengths the pages work out from every section (`src/lib/section-tree.ts`), which would otherwise
 * parse every body a second time: about 3.7 ms a section on a build from nothing. First among the
 * plugins that change the tree, so the copy is the parse alone.
 */
export function remarkKeepSectionTree() {
  return (tree: Root, file: VFile): void => keepSectionTree(String(file.value), tree, file.path);
}
