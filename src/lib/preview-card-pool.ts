import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CARD_FRAME, type PreviewCard } from './preview-cards.ts';
import { projectFile } from './project-file.ts';

interface Job {
  id: number;
  card: PreviewCard;
  resolve: (drawn: Drawn) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

/** A card as a thread drew it, and how long the drawing took on that thread. */
export interface Drawn {
  png: Buffer;
  ms: number;
}

/**
 * Draws cards on worker threads, so a cold build draws while Astro's own page rendering goes on.
 * The main thread keeps a core: a build's own work runs there, and the cards are only needed once
 * the pages are out (a 300-part build drew its 306 cards on one thread in about 7 s of its 11-13).
 * So there is one thread per core but one (at least one, at most four), and only as many as there
 * are `CARDS_PER_THREAD` cards to draw. Each thread loads the fonts and satori once.
 *
 * The cards asked for together are handed out at once, each to the thread holding fewest: the main
 * thread hands them out, and while it is busy compiling or rendering pages it cannot. Handed one at
 * a time, the two threads of a 300-part build sat idle half the time (for 2.1 s at once while
 * Astro synced its content), drawing on the cores the pages needed later.
 */
const WORKER_FILE = projectFile('src/lib/preview-card-worker.ts');
const MAX_THREADS = Math.max(1, Math.min(availableParallelism() - 1, 4));
/** Starting a thread costs about as much as drawing a dozen cards, so another starts only for more cards than this each. */
const CARDS_PER_THREAD = 16;

const queue: Job[] = [];
/** Each thread and the jobs it holds, by id. */
const threads = new Map<Worker, Map<number, Job>>();
let nextId = 0;

function settle(worker: Worker, reply: Reply): void {
  const held = threads.get(worker);
  const job = held?.get(reply.id);
  held?.delete(reply.id);
  if (job !== undefined) {
    if ('png' in reply) job.resolve({ png: Buffer.from(reply.png), ms: reply.ms });
    else job.reject(new Error(`drawing the preview card of "${job.card.page}" failed: ${reply.error}`));
  }
  if (held?.size === 0) {
    threads.delete(worker);
    void worker.terminate();
  }
}

function startWorker(): void {
  const worker = new Worker(WORKER_FILE, { workerData: CARD_FRAME });
  threads.set(worker, new Map());
  worker.on('message', (reply: Reply) => settle(worker, reply));
  worker.on('error', (error) => {
    for (const job of threads.get(worker)?.values() ?? []) job.reject(error);
    threads.delete(worker);
  });
}

/** Every card waiting, each to the thread holding fewest, after starting the threads they call for. */
function handOut(): void {
  let cards = queue.length;
  for (const held of threads.values()) cards += held.size;
  while (threads.size < Math.min(MAX_THREADS, Math.ceil(cards / CARDS_PER_THREAD))) startWorker();
  for (const job of queue.splice(0)) {
    const [worker, held] = [...threads].reduce((fewest, thread) => (thread[1].size < fewest[1].size ? thread : fewest));
    held.set(job.id, job);
    worker.postMessage({ id: job.id, card: job.card });
  }
}

/** Draws one card on the pool; cards asked for in the same turn of the event loop are handed out together. */
export function drawOnPool(card: PreviewCard): Promise<Drawn> {
  return new Promise((resolve, reject) => {
    // The first card since the last handing out schedules the next; those asked for after it in this turn join it.
    if (queue.push({ id: nextId++, card, resolve, reject }) === 1) queueMicrotask(handOut);
  });
}
