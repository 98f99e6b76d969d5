import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_DIR } from './cache-dir.ts';
import { keptFolder } from './kept-folder.ts';
import { storedOrMade } from './keyed-store.ts';
import { previewCardKey } from './preview-card-key.ts';
import { drawOnPool } from './preview-card-pool.ts';
import { cardName, type PreviewCard } from './preview-cards.ts';
import { processWide } from './process-wide.ts';

/**
 * Cards already drawn, kept in Astro's build cache (`<cacheDir>/preview-cards/`): one PNG per card,
 * named by its page and its key (`previewCardKey`: its text, the template, the fonts, the drawing
 * libraries), `glossary.<key>.png`. A card whose file is there is not drawn again, and a build
 * places that file in its output folder as it is (`placeFiles`). A build keeps only the files it
 * used (`pruneCards`), so the cache does not grow with edits.
 */
const DIR = join(CACHE_DIR, 'preview-cards');

/** This process's view of the folder: the cards it found or drew are the ones a build keeps. */
const folder = keptFolder(DIR);

async function cardFile(card: PreviewCard): Promise<string> {
  const file = `${cardName(card.page)}.${(await previewCardKey(card)).slice(0, 32)}.png`;
  if (await folder.has(file)) {
    registry.stats.reused += 1;
    return join(DIR, file);
  }
  const { png, ms } = await drawOnPool(card);
  registry.stats.drawn += 1;
  registry.stats.drawingMs += ms;
  await folder.write([{ name: file, data: png }]);
  return join(DIR, file);
}

/** How many cards this build took from the cache and drew, and the drawing's time on the threads, summed. */
export interface CardStats {
  reused: number;
  drawn: number;
  drawingMs: number;
}

/**
 * Cards asked for in this process, drawn or being drawn, by what they show, and what it took.
 * Process-wide, so that every copy of this module in a process shares them: a build asks only from
 * the copy astro.config.mjs loads (`integrations/preview-cards-ahead.ts`), but the dev server's
 * card route (`src/dev-routes/og/`) runs a copy Vite bundles, beside the config's.
 */
interface Registry {
  started: Map<string, Promise<string>>;
  stats: CardStats;
}
const registry = processWide<Registry>('preview-cards', () => ({ started: new Map(), stats: { reused: 0, drawn: 0, drawingMs: 0 } }));
const started = registry.started;

/** What the cards asked for so far in this process cost. */
export function previewCardStats(): Readonly<CardStats> {
  return registry.stats;
}

/**
 * The file in the cache holding the card's PNG, drawn first if it was not there. Asking for every
 * card first (as a build's first hook does) queues all that need drawing at once, so the pool draws
 * them in parallel.
 */
export function previewCardFile(card: PreviewCard): Promise<string> {
  return storedOrMade(started, JSON.stringify(card), () => {
    const file = cardFile(card);
    // Awaited later by the build or the card's route; this only keeps an early failure from counting as unhandled.
    file.catch(() => undefined);
    return file;
  });
}

/** The card's PNG (the development server's route). */
export async function previewCardPng(card: PreviewCard): Promise<Buffer> {
  return readFile(await previewCardFile(card));
}

/** Removes from the cache every card this process did not ask for: a build's cache holds its own cards alone. */
export async function pruneCards(): Promise<void> {
  await Promise.all(started.values());
  await folder.prune();
}
