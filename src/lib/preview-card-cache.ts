import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-write.ts';
import { CACHE_DIR } from './cache-dir.ts';
import { storedOrMade } from './keyed-store.ts';
import { previewCardKey } from './preview-card-key.ts';
import { drawOnPool } from './preview-card-pool.ts';
import { cardName, type PreviewCard } from './preview-cards.ts';
import { processWide } from './process-wide.ts';

/**
 * Cards already drawn, kept in Astro's build cache (`<cacheDir>/preview-cards/`): one PNG per page
 * and, beside it, the key of what it shows (`previewCardKey`). A card is drawn again only when its
 * key changes (its text, the template, the fonts, the drawing libraries); otherwise the stored PNG
 * is used as it is. One file per page, replaced on change, so the cache does not grow with edits.
 */
const DIR = join(CACHE_DIR, 'preview-cards');

async function readIfCurrent(name: string, key: string): Promise<Buffer | undefined> {
  try {
    if ((await readFile(join(DIR, `${name}.key`), 'utf8')) !== key) return undefined;
    return await readFile(join(DIR, `${name}.png`));
  } catch {
    return undefined;
  }
}

/** The PNG first, then its key: an interrupted build leaves at worst a card whose key does not match. */
async function store(name: string, key: string, png: Buffer): Promise<void> {
  await mkdir(DIR, { recursive: true });
  await writeFileAtomically(join(DIR, `${name}.png`), png);
  await writeFileAtomically(join(DIR, `${name}.key`), key);
}

async function cardPng(card: PreviewCard): Promise<Buffer> {
  const name = cardName(card.page);
  const key = await previewCardKey(card);
  const stored = await readIfCurrent(name, key);
  if (stored !== undefined) {
    registry.stats.reused += 1;
    return stored;
  }
  const { png, ms } = await drawOnPool(card);
  registry.stats.drawn += 1;
  registry.stats.drawingMs += ms;
  await store(name, key, png);
  return png;
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
  started: Map<string, Promise<Buffer>>;
  stats: CardStats;
}
const registry = processWide<Registry>('preview-cards', () => ({ started: new Map(), stats: { reused: 0, drawn: 0, drawingMs: 0 } }));
const started = registry.started;

/** What the cards asked for so far in this process cost. */
export function previewCardStats(): Readonly<CardStats> {
  return registry.stats;
}

/**
 * The card's PNG, from the cache or drawn. Asking for every card first (as `getStaticPaths` does)
 * queues all that need drawing at once, so the pool draws them in parallel.
 */
export function previewCardPng(card: PreviewCard): Promise<Buffer> {
  return storedOrMade(started, JSON.stringify(card), () => {
    const png = cardPng(card);
    // Awaited later by the card's route; this only keeps an early failure from counting as unhandled.
    png.catch(() => undefined);
    return png;
  });
}
