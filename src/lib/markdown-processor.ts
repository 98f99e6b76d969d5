import type { UnifiedProcessorOptions, UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import type { MarkdownProcessor } from 'astro/markdown';

/**
 * `unified(options)` from `@astrojs/markdown-remark`, loaded the first time a file is compiled.
 *
 * Importing the package loads its whole pipeline (the MDX compiler, Shiki, Prism) at every build's
 * start, though a rebuild takes every section's compilation from the build cache
 * (`mdx-compile-cache.ts`) and compiles nothing: loading astro.config.mjs took 334-390 ms with the
 * import and takes 265-324 ms without (six alternating runs). This is a processor as
 * Astro's `MarkdownProcessor` interface describes one: the same name and options as `unified()`'s,
 * and each renderer made by the real `unified()` from those options as they are when it is asked
 * for, after integrations have had their say.
 */
export function unifiedOnDemand(options: UnifiedProcessorOptions): MarkdownProcessor<UnifiedResolvedOptions> {
  let real: Promise<MarkdownProcessor<UnifiedResolvedOptions>> | undefined;
  const unified = () => (real ??= import('@astrojs/markdown-remark').then((module) => module.unified(processor.options)));
  const processor: MarkdownProcessor<UnifiedResolvedOptions> = {
    name: 'unified',
    options: {
      remarkPlugins: [...(options.remarkPlugins ?? [])],
      rehypePlugins: [...(options.rehypePlugins ?? [])],
      remarkRehype: { ...options.remarkRehype },
      recmaPlugins: [...(options.recmaPlugins ?? [])],
      ...(options.gfm === undefined ? {} : { gfm: options.gfm }),
      ...(options.smartypants === undefined ? {} : { smartypants: options.smartypants }),
    },
    createRenderer: async (shared) => (await unified()).createRenderer(shared),
    createMdxRenderer: async (shared, mdx) => {
      const renderer = await (await unified()).createMdxRenderer?.(shared, mdx);
      if (renderer === undefined) throw new Error('@astrojs/markdown-remark: unified() no longer renders MDX');
      return renderer;
    },
  };
  return processor;
}
