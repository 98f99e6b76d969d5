import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { previewCardFile, previewCardStats, pruneCards } from '../lib/preview-card-cache.ts';
import { outputFile } from '../lib/paths.ts';
import { cardPath, previewCards } from '../lib/preview-cards.ts';
import type { ValidSection } from '../lib/section-files.ts';
import { placeFiles } from '../lib/write-files.ts';
import type { BuiltPages } from './built-pages.ts';

/**
 * The link-preview images (`og/chair-of-the-gmg.png`). A build starts drawing them at its first
 * hook, on the card pool's worker threads, so they are drawn while Astro bundles and renders the
 * pages, and places them itself once the pages are out: as Astro routes they cost the build about
 * a millisecond each in its page pipeline. The cards are those of the sections whose frontmatter is
 * valid; the others are left to the collection, which fails the build naming the file. The
 * development server draws them on request, from a route injected for it alone (`src/dev-routes/og/`).
 * The images are promised to the shared pass (`built-pages.ts`), so the checks count links to
 * them as resolving, and placed from the build cache while it checks the site. An existing output
 * folder from before the cards left the routes keeps them too: Astro prunes the old routes' files
 * before this places them again.
 */
export function previewCardsAhead(sections: readonly ValidSection[], pages: BuiltPages): AstroIntegration {
  const cards = previewCards(sections).map((card) => ({ card, file: outputFile(cardPath(card, '/')) }));
  return {
    name: 'preview-cards-ahead',
    hooks: {
      // A build's first hook: the content sync and Astro's own set-up then run beside the drawing too.
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/og/[card].png', entrypoint: 'src/dev-routes/og/[card].png.ts' });
        if (command === 'build') for (const { card } of cards) void previewCardFile(card);
      },
      'astro:config:done': () => {
        pages.promise(...cards.map(({ file }) => file));
      },
      // What the cards cost: the drawing's own time on the threads, and how long the build then waited for it.
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const waiting = performance.now();
        const images = await Promise.all(cards.map(async ({ card, file }) => ({ from: await previewCardFile(card), to: join(root, file) })));
        const waitedMs = performance.now() - waiting;
        pages.writing(() => placeFiles(images).then(pruneCards));
        const { drawn, reused, drawingMs } = previewCardStats();
        const each = drawn === 0 ? '' : `, ${(drawingMs / drawn).toFixed(0)} ms each`;
        logger.info(`preview cards: ${drawn} drawn in ${Math.round(drawingMs)} ms on worker threads${each}; ${reused} from the build cache; the build waited ${Math.round(waitedMs)} ms for them`);
      },
    },
  };
}
