import { parentPort, workerData } from 'node:worker_threads';
import { renderPreviewCard } from './preview-card-image.ts';
import type { FrameText } from './preview-card-layout.ts';
import type { PreviewCard } from './preview-cards.ts';

/**
 * One of the threads `preview-card-pool.ts` draws cards on; it sets up the fonts and satori once.
 * It may hold several cards: it draws them one after another, so each card's time is its own.
 */
const frameText = workerData as FrameText;

interface Job {
  id: number;
  card: PreviewCard;
}

const waiting: Job[] = [];
let drawing = false;

async function drawWaiting(): Promise<void> {
  drawing = true;
  for (let job = waiting.shift(); job !== undefined; job = waiting.shift()) {
    const start = performance.now();
    try {
      const png = await renderPreviewCard(job.card, frameText);
      parentPort?.postMessage({ id: job.id, png, ms: performance.now() - start });
    } catch (error) {
      parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  drawing = false;
}

parentPort?.on('message', (job: Job) => {
  waiting.push(job);
  if (!drawing) void drawWaiting();
});
