import type { AstroIntegration } from 'astro';
import { buildSectionTexts } from '../lib/section-texts.ts';

/** At the build's end, keeps the section texts the pages rendered for the next build, drops those no page asked for, and says how many were rendered (`section-texts.ts`). */
export function sectionTextsKept(): AstroIntegration {
  return {
    name: 'section-texts',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const { rendered, kept } = await buildSectionTexts().finish();
        logger.info(`section texts: ${rendered} rendered, ${kept} taken from the build cache; each printed by its section's page and the full report`);
      },
    },
  };
}
