import { parentPort, workerData } from 'node:worker_threads';
import { renderPreviewCard } from './preview-card-image.ts';
import { turnByTurn } from './turn-by-turn.ts';
import type { FrameText } from './preview-card-layout.ts';
import type { PreviewCard } from './preview-cards.ts';

/**
 * One of the threads `preview-card-pool.ts` draws cards on; it sets up the fonts and satori once.
 * It may hold several cards: it draws them one after another, so each card's time is its own, each
 * in a turn of its own, so that resvg's memory for the one before is freed (`turn-by-turn.ts`).
 */
const frameText = workerData as FrameText;

async function draw(job: { id: number; card: PreviewCard }): Promise<void> {
  const start = performance.now();
  try {
    const png = await renderPreviewCard(job.card, frameText);
    parentPort?.postMessage({ id: job.id, png, ms: performance.now() - start });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

parentPort?.on('message', turnByTurn(draw));
