import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { sectionTreeCounts } from '../lib/kept-section-trees.ts';
import { parseSectionBody, sectionParser } from '../lib/section-tree.ts';
import { remarkPassageIds } from './remark-passage-ids.ts';
import { remarkKeepSectionTree } from './remark-keep-section-tree.ts';

const SECTIONS = join(import.meta.dirname, '../../content/sections');
/** The tree without where each node was in the text: the compilation's lines count the frontmatter's. */
const withoutPositions = (tree: Root): unknown => JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)));

/**
 * Each real section as Astro hands it to the MDX compilation (its frontmatter blanked, so lines
 * keep their numbers) and to the pages (the collection's body: the rest, trimmed).
 */
const sections = readdirSync(SECTIONS)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const source = readFileSync(join(SECTIONS, name), 'utf8');
    const compiled = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    return { name, value: compiled.content, body: parseFrontmatter(source).content.trim(), frontmatter: compiled.frontmatter };
  });

describe('remarkKeepSectionTree', () => {
  it.each(sections)('keeps $name as the compilation parsed it, before the plugins after it change the tree', async ({ value, body, frontmatter }) => {
    const file = new VFile({ value, path: 'content/sections/example.mdx' });
    file.data['astro'] = { frontmatter };
    const processor = sectionParser().use(remarkKeepSectionTree).use(remarkPassageIds);
    const compiled = await processor.run(processor.parse(file), file);
    const { parsed } = sectionTreeCounts();
    const kept = parseSectionBody(body);
    // Found, not parsed: the pages' copy is the compilation's.
    expect(sectionTreeCounts().parsed).toBe(parsed);
    expect(withoutPositions(kept)).toEqual(withoutPositions(sectionParser().parse(body)));
    // The compilation went on to give the passages their ids; the kept tree has none.
    const ids = (tree: Nodes): unknown[] => ('children' in tree ? tree.children.flatMap(ids) : []).concat(tree.data?.hProperties?.['id'] ?? []);
    expect(ids(compiled as Root).length).toBeGreaterThan(0);
    expect(ids(kept)).toEqual([]);
  });

  it('keeps one tree per file: compiled again, a file replaces the tree it had, as a long astro dev session saves it', async () => {
    const processor = sectionParser().use(remarkKeepSectionTree);
    const compile = async (value: string) => {
      const file = new VFile({ value, path: 'content/sections/edited.mdx' });
      await processor.run(processor.parse(file), file);
    };
    await compile('The first version of a paragraph.');
    await compile('The second version of a paragraph.');
    const { parsed } = sectionTreeCounts();
    parseSectionBody('The second version of a paragraph.');
    expect(sectionTreeCounts().parsed).toBe(parsed);
    parseSectionBody('The first version of a paragraph.');
    expect(sectionTreeCounts().parsed).toBe(parsed + 1);
  });

  it('parses a body the compilation did not see, once', () => {
    const { parsed } = sectionTreeCounts();
    const body = 'A paragraph no section file has.';
    const tree = parseSectionBody(body);
    expect(parseSectionBody(body)).toBe(tree);
    expect(sectionTreeCounts().parsed).toBe(parsed + 1);
  });
});
