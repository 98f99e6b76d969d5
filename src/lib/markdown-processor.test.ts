import type { Root } from 'mdast';
import { describe, expect, it, vi } from 'vitest';
import { unifiedOnDemand } from './markdown-processor.ts';

const imports = vi.hoisted(() => ({ count: 0 }));
vi.mock('@astrojs/markdown-remark', async (importOriginal) => {
  imports.count += 1;
  return importOriginal();
});

/** Marks every paragraph, so a test can see whether a plugin added after the processor was made ran. */
const remarkMarkParagraphs = () => (tree: Root) => {
  for (const node of tree.children) if (node.type === 'paragraph') node.data = { hProperties: { className: ['marked'] } };
};

const SHARED = { syntaxHighlight: false as const, shikiConfig: {}, gfm: false, smartypants: false };
const MDX = { optimize: false, sourcemap: false };
const SOURCE = '# Title\n\nA paragraph with *emphasis*.[^1]\n\n[^1]: A note.\n';
const OPTIONS = { gfm: false, smartypants: false, remarkRehype: { clobberPrefix: '' } };

describe('unifiedOnDemand', () => {
  it('loads @astrojs/markdown-remark only when a renderer is asked for', async () => {
    const processor = unifiedOnDemand(OPTIONS);
    expect(processor.name).toBe('unified');
    expect(imports.count).toBe(0);
    await processor.createRenderer(SHARED);
    expect(imports.count).toBe(1);
  });

  it('has the options unified() gives, and renders .md and .mdx exactly as unified() does', async () => {
    const { unified } = await import('@astrojs/markdown-remark');
    const [onDemand, real] = [unifiedOnDemand(OPTIONS), unified(OPTIONS)];
    expect(onDemand.options).toEqual(real.options);
    const md = async (processor: typeof real) => (await processor.createRenderer(SHARED)).render(SOURCE, {});
    expect(await md(onDemand)).toEqual(await md(real));
    const mdx = async (processor: typeof real) => (await processor.createMdxRenderer?.(SHARED, MDX))?.process(SOURCE, '/x/section.mdx', {});
    const [fromOnDemand, fromReal] = [await mdx(onDemand), await mdx(real)];
    expect(fromOnDemand?.code).toContain('emphasis');
    expect(fromOnDemand).toEqual(fromReal);
  });

  it('renders with the options as they are when first asked, as integrations leave them', async () => {
    const processor = unifiedOnDemand(OPTIONS);
    processor.options.remarkPlugins.push(remarkMarkParagraphs);
    const { code } = await (await processor.createRenderer(SHARED)).render(SOURCE, {});
    expect(code).toContain('<p class="marked">A paragraph');
  });
});
