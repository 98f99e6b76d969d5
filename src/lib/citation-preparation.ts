import { Worker } from 'node:worker_threads';
import { templateKey } from './citation-template.ts';
import { storedTemplates } from './citation-template-store.ts';
import { PAGE_TEMPLATE_NAMES, type CslItem } from './cited-items.ts';
import { processWide } from './process-wide.ts';
import { projectFile } from './project-file.ts';

/**
 * The citations every page shows, formatted on a worker thread while Astro bundles the pages.
 *
 * Pages fill their citations in from templates (`citation-template.ts`), but making a build's first
 * templates means building citeproc's engines, which takes one and a half seconds of one core for APA and
 * Chicago alone, and Astro renders pages one at a time, so the first page with a citation would
 * wait for all of it. Started at the build's start (`citations-ahead.ts`), the worker makes them on
 * another core and keeps them in the template store, where the pages then find them; until it is
 * done, a page waits (`citationsPrepared`) rather than make the same templates again itself.
 */

const WORKER_FILE = projectFile('src/lib/citation-worker.ts');

/** One item per template: items with the same key are filled in from the same templates. */
export function itemsToPrepare(items: readonly CslItem[]): CslItem[] {
  return [...new Map(items.map((item) => [templateKey(item), item])).values()];
}

/** Whether the store already holds every template these items need, as after a first build. */
export function templatesKept(items: readonly CslItem[]): boolean {
  return PAGE_TEMPLATE_NAMES.every((name) => {
    const store = storedTemplates(name);
    return items.every((item) => store.get(templateKey(item)) !== undefined);
  });
}

interface Preparation {
  ready: Promise<void>;
  /** The worker's time, from start to exit; undefined when none ran. */
  ms?: number;
  error?: Error;
}

/** Process-wide: the integration starts the worker in one copy of this module, the pages wait in another. */
const preparation = processWide<Preparation>('citations-ahead', () => ({ ready: Promise.resolve() }));

/**
 * Starts the worker. It settles however the worker ends: should it fail, each page formats its
 * citations itself, as it would without it, and the error is kept for the build's log.
 */
export function prepareCitations(items: readonly CslItem[]): void {
  const start = performance.now();
  preparation.ready = new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE, { workerData: itemsToPrepare(items) });
    worker.on('error', (error) => (preparation.error = error));
    worker.on('exit', (code) => {
      if (code !== 0) preparation.error ??= new Error(`the citation worker exited with code ${code}`);
      preparation.ms = performance.now() - start;
      resolve();
    });
  });
}

/** Settles when the templates started at the build's start are in the store (at once if none were). */
export function citationsPrepared(): Promise<void> {
  return preparation.ready;
}

/** How the worker went: its time, and its error if it failed. */
export function preparationReport(): Readonly<Preparation> {
  return preparation;
}
