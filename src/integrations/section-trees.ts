import type { AstroIntegration } from 'astro';
import { sectionTreeCounts } from '../lib/kept-section-trees.ts';

/** Says at the build's end whether the pages reused the MDX compilation's trees of the sections (`remark-keep-section-tree.ts`) or parsed bodies again. */
export function sectionTreesReport(): AstroIntegration {
  return {
    name: 'section-trees',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { kept, parsed } = sectionTreeCounts();
        logger.info(`section bodies: ${kept} parsed by the MDX compilation and kept for the pages, ${parsed} parsed again`);
      },
    },
  };
}
