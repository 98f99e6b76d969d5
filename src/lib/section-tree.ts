import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { storedOrMade } from './keyed-store.ts';

/** MDX with GFM, as the build reads a section file's body. */
export const sectionParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const trees = new Map<string, Root>();

/**
 * A section's body parsed once per build, however many ask (the passages the glossary and SDG
 * pages list, the length that bounds a page's related passages): parsing costs more than anything
 * else they do with it. The tree is shared: callers that change a tree change a copy.
 */
export function parseSectionBody(body: string): Root {
  return storedOrMade(trees, body, () => sectionParser.parse(body));
}
