import { parentPort } from 'node:worker_threads';
import { renderPreviewCard } from './preview-card-image.ts';
import type { PreviewCard } from './preview-cards.ts';

/** One of the threads `preview-card-pool.ts` draws cards on; it sets up the fonts and satori once. */
parentPort?.on('message', (job: { id: number; card: PreviewCard }) => {
  const start = performance.now();
  renderPreviewCard(job.card).then(
    (png) => parentPort?.postMessage({ id: job.id, png, ms: performance.now() - start }),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
