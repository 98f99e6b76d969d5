import type { Root } from 'mdast';
import { createRequire } from 'node:module';
import { keptTrees, treeCounts } from './kept-section-trees.ts';
import { storedOrMade } from './keyed-store.ts';

const require = createRequire(import.meta.url);

/**
 * A new processor that reads a section's body as the build does: MDX with GFM. Its packages are
 * loaded on the first call, by Node's synchronous `require` of ES modules, not when this module is:
 * the pages import it, and a rebuild whose pages take what they need of the sections' text from the
 * build cache then loads no Markdown parser.
 */
export function sectionParser() {
  const { unified } = require('unified') as typeof import('unified');
  const { default: remarkParse } = require('remark-parse') as typeof import('remark-parse');
  const { default: remarkMdx } = require('remark-mdx') as typeof import('remark-mdx');
  const { default: remarkGfm } = require('remark-gfm') as typeof import('remark-gfm');
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
}

let parser: ReturnType<typeof sectionParser> | undefined;

/**
 * A section's body parsed once per build, however many ask (the passages the glossary and SDG
 * pages list, the length that bounds a page's related passages): the tree the MDX compilation kept
 * (`kept-section-trees.ts`), or else parsed here. The tree is shared: callers that change a tree
 * change a copy.
 */
export function parseSectionBody(body: string): Root {
  return storedOrMade(keptTrees, body.trim(), () => {
    treeCounts.parsed += 1;
    parser ??= sectionParser();
    return parser.parse(body);
  });
}
