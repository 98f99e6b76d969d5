import { parentPort, workerData } from 'node:worker_threads';
import { renderPreviewCard } from './preview-card-image.ts';
import type { FrameText } from './preview-card-layout.ts';
import type { PreviewCard } from './preview-cards.ts';

/** One of the threads `preview-card-pool.ts` draws cards on; it sets up the fonts and satori once. */
const frameText = workerData as FrameText;

parentPort?.on('message', (job: { id: number; card: PreviewCard }) => {
  const start = performance.now();
  renderPreviewCard(job.card, frameText).then(
    (png) => parentPort?.postMessage({ id: job.id, png, ms: performance.now() - start }),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
