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
 * Draws cards on worker threads, so a cold build draws while Astro's own page rendering goes on:
 * one thread, and one more per core (at most four) while more than `CARDS_PER_THREAD` cards wait. Each worker loads the fonts and satori
 * once and then takes cards from one queue. The threads start on the first card and end when the
 * queue is empty, so a build whose cards all come from the cache starts none.
 */
const WORKER_FILE = projectFile('src/lib/preview-card-worker.ts');
const MAX_THREADS = Math.max(1, Math.min(availableParallelism(), 4));
/** Starting a thread costs about as much as drawing a dozen cards, so another starts only for a longer queue. */
const CARDS_PER_THREAD = 16;

const queue: Job[] = [];
const busy = new Map<Worker, Job>();
const idle: Worker[] = [];
let nextId = 0;

function settle(worker: Worker, reply: Reply): void {
  const job = busy.get(worker);
  busy.delete(worker);
  if (job !== undefined && job.id === reply.id) {
    if ('png' in reply) job.resolve({ png: Buffer.from(reply.png), ms: reply.ms });
    else job.reject(new Error(`drawing the preview card of "${job.card.page}" failed: ${reply.error}`));
  }
  idle.push(worker);
  pump();
}

function startWorker(): Worker {
  const worker = new Worker(WORKER_FILE, { workerData: CARD_FRAME });
  worker.on('message', (reply: Reply) => settle(worker, reply));
  worker.on('error', (error) => {
    busy.get(worker)?.reject(error);
    busy.delete(worker);
    const index = idle.indexOf(worker);
    if (index >= 0) idle.splice(index, 1);
    pump();
  });
  return worker;
}

function pump(): void {
  while (queue.length > 0) {
    const more = busy.size === 0 || (busy.size < MAX_THREADS && queue.length >= CARDS_PER_THREAD);
    const worker = idle.pop() ?? (more ? startWorker() : undefined);
    if (worker === undefined) return;
    const job = queue.shift() as Job;
    busy.set(worker, job);
    worker.postMessage({ id: job.id, card: job.card });
  }
  if (busy.size === 0) for (const worker of idle.splice(0)) void worker.terminate();
}

/** Draws one card on the pool; cards queued together are drawn in parallel. */
export function drawOnPool(card: PreviewCard): Promise<Drawn> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, card, resolve, reject });
    pump();
  });
}
