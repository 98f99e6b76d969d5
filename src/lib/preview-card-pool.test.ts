import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPreviewCard } from './preview-card-image.ts';
import { drawOnPool } from './preview-card-pool.ts';
import { CARD_FRAME } from './preview-cards.ts';

/** The pool as a fresh module, on a machine of `cores` cores if given. */
async function poolOn(cores?: number): Promise<typeof import('./preview-card-pool.ts')> {
  vi.resetModules();
  if (cores !== undefined) vi.doMock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => cores }));
  return import('./preview-card-pool.ts');
}

afterEach(() => {
  vi.doUnmock('node:worker_threads');
  vi.doUnmock('node:os');
  vi.resetModules();
});

describe('drawOnPool', () => {
  it("draws on worker threads exactly what renderPreviewCard draws with the report's frame", async () => {
    const cards = ['1. Chair of the GMG', 'Glossary', 'B. INITIATIVES THAT WILL BE UNDERTAKEN DURING 2017'].map((heading) => ({ page: 'x/', kicker: 'Section A.1', heading }));
    const drawn = await Promise.all(cards.map((card) => drawOnPool(card)));
    for (const [index, card] of cards.entries()) {
      expect(drawn[index]?.png.equals(await renderPreviewCard(card, CARD_FRAME))).toBe(true);
      // The thread's own time for the drawing, which the build reports.
      expect(drawn[index]?.ms).toBeGreaterThan(0);
    }
    expect(new Set(drawn.map(({ png }) => png.toString('base64'))).size).toBe(3);
  }, 30_000);

  it("frees each card's drawing memory while the thread draws the cards it holds", async () => {
    // resvg's pixels for one card take about 4.5 MB outside the JavaScript heap, freed only in a
    // later turn of the thread's event loop: kept until its queue was empty, 80 cards handed to one
    // thread grew the process by about 400 MB; freed card by card, by about 100 MB. One thread, as
    // on two cores, whatever this machine has: more threads would each add their own set-up.
    const { drawOnPool: drawOnOneThread } = await poolOn(2);
    await drawOnOneThread({ page: 'first/', kicker: 'Section 1', heading: 'Starting the thread and its fonts' });
    const before = process.memoryUsage().rss;
    const cards = Array.from({ length: 80 }, (_, index) => ({ page: `part-${index}/`, kicker: `Section ${index}`, heading: `Heading ${index} of a long report on migration` }));
    await Promise.all(cards.map((card) => drawOnOneThread(card)));
    expect((process.memoryUsage().rss - before) / 1e6).toBeLessThan(200);
  }, 60_000);

  it('fails with the page named when a card cannot be drawn', async () => {
    await expect(drawOnPool({ page: 'broken/', kicker: 'x', heading: undefined as unknown as string })).rejects.toThrow(/broken\//);
  }, 30_000);
});

describe('drawOnPool, handing out', () => {
  /** Threads that only record what they are handed, and answer when told to. */
  const started: { messages: { id: number }[]; terminated: boolean; reply: (message: object) => void }[] = [];
  class RecordingWorker {
    private listener: (message: object) => void = () => undefined;
    private readonly record = { messages: [] as { id: number }[], terminated: false, reply: (message: object) => this.listener(message) };
    constructor() {
      started.push(this.record);
    }
    on(event: string, listener: (message: object) => void): this {
      if (event === 'message') this.listener = listener;
      return this;
    }
    postMessage(message: { id: number }): void {
      this.record.messages.push(message);
    }
    terminate(): Promise<number> {
      this.record.terminated = true;
      return Promise.resolve(0);
    }
  }

  /** The pool as it runs with the recording threads, on a machine of `cores` cores if given. */
  async function poolWithRecordingThreads(cores?: number) {
    started.length = 0;
    vi.doMock('node:worker_threads', () => ({ Worker: RecordingWorker }));
    return poolOn(cores);
  }
  const askFor = (draw: typeof drawOnPool, count: number) => Array.from({ length: count }, (_, index) => draw({ page: `part-${index}/`, kicker: 'Section', heading: `Part ${index}` }));

  it('hands every card asked for together to the threads at once, and ends a thread once it holds none', async () => {
    const { drawOnPool: draw } = await poolWithRecordingThreads();
    const cards = askFor(draw, 40);
    await Promise.resolve();
    // All 40 handed out before any is drawn, though no thread has answered: none waits for the main thread.
    expect(started.flatMap(({ messages }) => messages)).toHaveLength(40);
    expect(started.length).toBeLessThanOrEqual(Math.max(1, Math.min(availableParallelism() - 1, 4)));
    for (const thread of started) for (const { id } of thread.messages) thread.reply({ id, png: new Uint8Array([id]), ms: 1 });
    expect((await Promise.all(cards)).map(({ png }) => png[0])).toEqual(Array.from({ length: 40 }, (_, index) => index));
    expect(started.every(({ terminated }) => terminated)).toBe(true);
  });

  it('starts a thread per 16 cards, up to one per core but one, and gives each card to the thread holding fewest', async () => {
    const onEight = await poolWithRecordingThreads(8);
    askFor(onEight.drawOnPool, 40);
    await Promise.resolve();
    expect(started.map(({ messages }) => messages.length).sort()).toEqual([13, 13, 14]);
    const onTwo = await poolWithRecordingThreads(2);
    askFor(onTwo.drawOnPool, 40);
    await Promise.resolve();
    expect(started.map(({ messages }) => messages.length)).toEqual([40]);
  });
});
