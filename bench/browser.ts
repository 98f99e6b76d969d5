/**
 * What a reader's browser fetches and waits for, measured in Chromium against a site served on
 * 127.0.0.1. Sizes are what a server compressing with gzip would send: each response body the
 * browser received is gzipped here (level 6, the usual server default); bodies that are already
 * gzip data (Pagefind's index and fragment files) count as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { CORRECTION_MEASURE } from '../src/scripts/search/spelling.ts';

export type Kind = 'html' | 'css' | 'js' | 'other';

export interface Transfer {
  url: string;
  kind: Kind;
  /** Bytes on the wire with gzip, body only (headers are left out, as browser tools show them). */
  bytes: number;
}

export interface Load {
  transfers: Transfer[];
  /** Requests that went anywhere but 127.0.0.1. */
  foreign: string[];
  /** Requests that failed or answered with an error status. */
  failed: string[];
}

export interface SearchRun {
  /** Everything fetched from focusing the search field to the first query's results. */
  firstSearch: Load;
  firstQuery: string;
  /** Last keystroke to results for the first query, search code and index loading included. */
  firstMs: number;
  /** Per query after the first search: milliseconds from the last keystroke to rendered results. */
  latencies: { query: string; ms: number; results: number }[];
  /** The misspelt queries, after the others, when any were given. */
  corrections?: CorrectionRun;
}

export interface CorrectionRun {
  /** What the misspelt queries fetched beyond the search already loaded: the vocabulary and the correction code. */
  fetched: Load;
  /**
   * Per misspelt query: the correction's own time from the vocabulary's arrival (the search's
   * `CORRECTION_MEASURE`), keystroke to results, and the words it shows results for.
   */
  runs: { query: string; correctionMs: number; ms: number; results: number; shown: string }[];
}

/** The search UI's contract: see issue 3 and `src/components/SearchForm.astro`. */
const INPUT = '#site-search';
const RESULTS = '#site-search-results';
const SEARCH_TIMEOUT_MS = 15_000;

function kindOf(contentType: string): Kind {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('text/css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

function gzipBytes(body: Buffer): number {
  if (body[0] === 0x1f && body[1] === 0x8b) return body.length;
  return Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

/** Records every request a page makes and can wait until the network has been quiet a while. */
class Recorder {
  private load: Load = { transfers: [], foreign: [], failed: [] };
  private inFlight = 0;
  private lastActivity = Date.now();
  private readonly settling: Promise<void>[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      this.inFlight += 1;
      this.lastActivity = Date.now();
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') this.load.foreign.push(request.url());
    });
    page.on('requestfinished', (request) => this.settling.push(this.finished(request)));
    page.on('requestfailed', (request) => {
      this.load.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
      this.done();
    });
  }

  private done(): void {
    this.inFlight -= 1;
    this.lastActivity = Date.now();
  }

  private async finished(request: Request): Promise<void> {
    const load = this.load;
    try {
      const response = await request.response();
      if (response === null) return;
      if (response.status() >= 400) load.failed.push(`${request.url()} (HTTP ${response.status()})`);
      if (response.status() >= 300 && response.status() < 400) return;
      const body = await response.body();
      load.transfers.push({ url: request.url(), kind: kindOf(response.headers()['content-type'] ?? ''), bytes: gzipBytes(body) });
    } finally {
      this.done();
    }
  }

  /** Starts a fresh record; requests still in flight from before land in the old one. */
  restart(): void {
    this.load = { transfers: [], foreign: [], failed: [] };
  }

  /** Resolves once nothing has been in flight for `quietMs`, then returns the record so far. */
  async settle(quietMs = 400, timeoutMs = 30_000): Promise<Load> {
    const start = Date.now();
    while (this.inFlight > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() - start > timeoutMs) throw new Error(`network still busy after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(this.settling);
    const { transfers, foreign, failed } = this.load;
    return { transfers: [...transfers], foreign: [...foreign], failed: [...failed] };
  }
}

/** Loads one page in a fresh context (empty cache) and returns everything it fetched. */
export async function firstLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const recorder = new Recorder(page);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response === null || !response.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    return await recorder.settle();
  } finally {
    await context.close();
  }
}

interface Probe {
  lastKey: number;
  renderedAt: number | undefined;
}

/**
 * Watches for the results container being set to `done` or `empty` after the last keystroke and
 * notes the next animation frame, the frame that paints the results. Installed before any
 * search code loads, so it sees the container whenever the search UI creates it.
 */
function installProbe(): void {
  const win = window as unknown as { benchProbe: Probe };
  win.benchProbe = { lastKey: Number.POSITIVE_INFINITY, renderedAt: undefined };
  window.addEventListener('keydown', () => {
    win.benchProbe.lastKey = performance.now();
    win.benchProbe.renderedAt = undefined;
  }, true);
  const finished = (element: Element | null): boolean => {
    const state = element?.getAttribute('data-search-state');
    return state === 'done' || state === 'empty';
  };
  new MutationObserver((records) => {
    const probe = win.benchProbe;
    if (probe.renderedAt !== undefined || performance.now() < probe.lastKey) return;
    const ready = records.some((record) =>
      record.type === 'attributes'
        ? (record.target as Element).id === 'site-search-results' && finished(record.target as Element)
        : [...record.addedNodes].some((node) => node instanceof Element && finished(node.id === 'site-search-results' ? node : node.querySelector('#site-search-results'))),
    );
    if (!ready) return;
    const round = probe.lastKey;
    requestAnimationFrame(() => {
      if (probe.lastKey === round && probe.renderedAt === undefined) probe.renderedAt = performance.now();
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-state'] });
}

/** Types a query as a reader would and waits for its results; returns the latency and result count. */
async function search(page: Page, query: string): Promise<{ ms: number; results: number }> {
  // The keyboard, not the locator: a search UI may move focus from the header field into its own.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  // Lets the emptied field's own update (and any debounce) finish before the timed query.
  await page.waitForTimeout(400);
  await page.keyboard.type(query);
  const handle = await page.waitForFunction(
    () => {
      const probe = (window as unknown as { benchProbe: Probe }).benchProbe;
      return probe.renderedAt === undefined ? false : { ms: probe.renderedAt - probe.lastKey };
    },
    undefined,
    { timeout: SEARCH_TIMEOUT_MS, polling: 20 },
  );
  const { ms } = (await handle.jsonValue()) as { ms: number };
  const results = await page.locator(`${RESULTS} [role="option"]`).count();
  return { ms, results };
}

/**
 * The first search from a freshly loaded page (what it fetches), then every query timed from its
 * last keystroke to the frame that shows its results.
 */
export async function measureSearch(browser: Browser, url: string, queries: string[], misspelt: string[] = []): Promise<SearchRun> {
  const [firstQuery] = queries;
  if (firstQuery === undefined) throw new Error('no queries to search for');
  const context = await browser.newContext();
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    const recorder = new Recorder(page);
    await page.goto(url, { waitUntil: 'load' });
    await recorder.settle();
    recorder.restart();
    await page.locator(INPUT).focus();
    let firstMs: number;
    try {
      firstMs = (await search(page, firstQuery)).ms;
    } catch (error) {
      const state = await page.locator(RESULTS).getAttribute('data-search-state', { timeout: 1000 }).catch(() => 'no results container');
      throw new Error(`the first search for "${firstQuery}" never rendered results (state: ${state}): ${String(error)}`);
    }
    const firstSearch = await recorder.settle(800);
    const latencies: SearchRun['latencies'] = [];
    for (const query of queries) latencies.push({ query, ...(await search(page, query)) });
    const corrections = misspelt.length === 0 ? undefined : await measureCorrections(page, recorder, misspelt);
    return { firstSearch, firstQuery, firstMs, latencies, ...(corrections ? { corrections } : {}) };
  } finally {
    await context.close();
  }
}

/** Searches each misspelt query in a page whose search is loaded: what it fetched, and how long each took. */
async function measureCorrections(page: Page, recorder: Recorder, misspelt: string[]): Promise<CorrectionRun> {
  recorder.restart();
  const runs: CorrectionRun['runs'] = [];
  for (const query of misspelt) {
    await page.evaluate((name) => performance.clearMeasures(name), CORRECTION_MEASURE);
    const { ms, results } = await search(page, query);
    const correctionMs = await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN, CORRECTION_MEASURE);
    const shown = (await page.locator('[data-search-correction]:not([hidden]) strong').textContent({ timeout: 1000 }).catch(() => null)) ?? '(not corrected)';
    runs.push({ query, correctionMs, ms, results, shown });
  }
  return { fetched: await recorder.settle(), runs };
}

export function totalBytes(load: Load, kinds?: Kind[]): number {
  return load.transfers.filter((t) => kinds === undefined || kinds.includes(t.kind)).reduce((sum, t) => sum + t.bytes, 0);
}
