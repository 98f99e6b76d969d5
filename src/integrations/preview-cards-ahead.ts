import type { AstroIntegration } from 'astro';
import { previewCardPng, previewCardStats } from '../lib/preview-card-cache.ts';
import { previewCards } from '../lib/preview-cards.ts';
import type { ValidSection } from '../lib/section-files.ts';

/**
 * Starts drawing the preview cards when the build starts (its first hook), on the card pool's worker threads, so
 * they are drawn while Astro bundles and renders the pages rather than after: Astro writes the
 * card routes before the section pages, one at a time, and would otherwise wait for each card.
 * The card route still decides which cards there are, from the content collection, and asks for
 * each; a card started here with the same text is the one it gets (`preview-card-cache.ts`), any
 * other it draws itself. Sections whose frontmatter is not valid are left to the collection, which
 * fails the build naming the file.
 */
export function previewCardsAhead(sections: readonly ValidSection[]): AstroIntegration {
  return {
    name: 'preview-cards-ahead',
    hooks: {
      // A build's first hook: the content sync and Astro's own set-up then run beside the drawing too.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') for (const card of previewCards(sections)) void previewCardPng(card);
      },
      // What the cards cost, wherever they were asked for: the drawing's own time, not the build's wait for it.
      'astro:build:done': ({ logger }) => {
        const { drawn, reused, drawingMs } = previewCardStats();
        const each = drawn === 0 ? '' : `, ${(drawingMs / drawn).toFixed(0)} ms each`;
        logger.info(`preview cards: ${drawn} drawn in ${Math.round(drawingMs)} ms on worker threads${each}; ${reused} from the build cache`);
      },
    },
  };
}
