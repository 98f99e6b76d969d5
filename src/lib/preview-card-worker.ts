import { parentPort, workerData } from 'node:worker_threads';
import { renderPreviewCard } from './preview-card-image.ts';
import type { FrameText } from './preview-card-layout.ts';
import type { PreviewCard } from './preview-cards.ts';

/**
 * One of the threads `preview-card-pool.ts` draws cards on; it sets up the fonts and satori once.
 * It may hold several cards: it draws them one after another, so each card's time is its own.
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

/** The card drawn last, or being drawn: the next waits for it. */
let drawing = Promise.resolve();

parentPort?.on('message', (job: { id: number; card: PreviewCard }) => {
  drawing = drawing.then(() => draw(job));
});
