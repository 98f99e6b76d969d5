/**
 * `npm run bench`: builds the site (and synthetic reports of 300 parts and 1,000 sections), and the
 * same content with Starlight in the same run, alternating, measures speed and weight in Chromium,
 * and prints each figure with its budget. It informs rather than gates: the exit code
 * is 0 whatever the figures, and non-zero only when something could not be measured.
 * What each figure means: the Benchmark section of README.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildSite, type BuildOptions } from '../tests/support/build-site.ts';
import { hasChromium, launchChromium } from '../tests/support/chromium.ts';
import { builtPages } from '../tests/support/pages.ts';
import { serveSite } from '../tests/support/serve.ts';
import { firstLoad, measureSearch, totalBytes, type Kind, type Load, type SearchRun } from './browser.ts';
import { generateCorpus, type Corpus } from './corpus.ts';
import { buildStarlight, installStarlight, STARLIGHT_DIR, starlightInstalled, starlightVersion, writeStarlightDocs } from './starlight-site.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/**
 * Rounds of alternating builds (ours, then Starlight) of the real site and the 300 parts, whose rows
 * give the medians; the 1,000 sections get one round. `BENCH_RUNS=1` makes a quicker, noisier run.
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const OF_RUNS = RUNS === 1 ? '(1 round)' : `(median of ${RUNS})`;
const CORPUS_SECTIONS = 1000;
const CORPUS_TEXT_CHARS = 1_000_000;
/** A long report: 300 parts (30 top-level parts of nine sub-parts), each as long as the real sections on average. */
const PARTS = 300;
/** One term per section, acronyms, a name, a number and phrases; the first also makes the first search. */
const QUERIES = ['CEDAW', 'Moldova', '10.7', 'AbuZayd', 'global compact', 'GFMD', 'side event', 'xenophobia', 'statistics', 'Philippines', 'Mexico', 'treaty bodies'];
/** Misspelt as readers do (a letter wrong, two swapped, US spelling, two typos), timed after QUERIES in the same page. */
const MISSPELT = ['Moldava', 'labor rights', 'CEDWA', 'xenofobia', 'Philipines', 'global compcat', 'Mexcio', 'treaty bodeis'];
/** From issue 14: the vocabulary did-you-mean fetches, and the correction's own time once it is here. */
const CORRECTION_BUDGET = { vocabulary: 60_000, correctionMs: 20 };
/** From issue 5; sizes in kB of 1,000 bytes, as browser developer tools count them. */
const BUDGET = { firstLoad: 12_000, js: 2_000, firstSearch: 110_000, latencyMs: 100, flatRatio: 2, card: 60_000 };
/** From issue 9: the first-load median, and what a 300-part report and the 1,000-section corpus may cost. */
const SCALE_BUDGET = { firstLoadMedian: 10_000, partPageRatio: 1.5, partsDist: 20e6, extraMsPerPage: 35, corpusDist: 100e6 };
/** From issue 15: our build times as a multiple of Starlight's in the same run, at most; the corpus in ms. */
const VERSUS_BUDGET = { cold: 1, rebuild: 0.8, partsCold: 2, partsRebuild: 1, editShare: 0.5, corpusMs: 40_000 };
/** The part whose text the one-word edit changes, in both systems' copies. */
const EDITED_PART = 'part-0150.mdx';

interface Row {
  figure: string;
  value: string;
  budget?: string;
  /** `undefined` for figures that only inform. */
  pass?: boolean | undefined;
  starlight?: string;
}

interface Timed {
  ms: number;
  outDir: string;
  pages: number;
  /** The build's peak resident memory in bytes: its largest Node process's (`peak-memory.ts`). */
  peakBytes: number | undefined;
}

interface TimedBuild extends Timed {
  /** This build's cache, which a rebuild into the same `outDir` keeps. */
  cacheDir: string;
  /** Astro's own "generating static routes" time for the pages, when its log says it. */
  renderMs: number | undefined;
  /** The cards the build drew, the drawing's own time on the worker threads, summed, and how long the build then waited for it, as the build's log says. */
  drawing: { drawn: number; ms: number; waitedMs: number } | undefined;
  /** How long citeproc ran to make the citation templates, as the build's log says; undefined when it did not run. */
  citationsMs: number | undefined;
}

const scratchDirs: string[] = [];
let unmeasured = 0;

const kB = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} kB`);
const budgetKB = (bytes: number): string => `${bytes / 1000} kB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const progress = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

function cleanUp(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** A duration as Astro's log writes it: `281ms`, `5.22s` or, from a minute on, `2m 3s`. */
const DURATION = String.raw`(?:\d+m \d+s|[\d.]+m?s)`;

function milliseconds(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes !== null) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  return text.endsWith('ms') ? Number(text.slice(0, -2)) : Number(text.slice(0, -1)) * 1000;
}

function renderTime(output: string): number | undefined {
  const start = output.indexOf('generating static routes');
  if (start === -1) return undefined;
  const match = new RegExp(`Completed in (${DURATION})`).exec(output.slice(start));
  return match?.[1] === undefined ? undefined : milliseconds(match[1]);
}

/** `citations: citeproc ran 32 times in 412 ms, ...` (src/integrations/citations-report.ts). */
function citeprocMs(output: string): number | undefined {
  const match = /citations: citeproc ran \d+ times in (\d+) ms/.exec(output);
  return match === null ? undefined : Number(match[1]);
}

/** `preview cards: 10 drawn in 312 ms on worker threads, 31 ms each; 0 from the build cache; the build waited 0 ms for them` (src/integrations/preview-cards-ahead.ts). */
function cardDrawing(output: string): { drawn: number; ms: number; waitedMs: number } | undefined {
  const match = /preview cards: (\d+) drawn in (\d+) ms on worker threads.*; the build waited (\d+) ms for them/.exec(output);
  return match === null ? undefined : { drawn: Number(match[1]), ms: Number(match[2]), waitedMs: Number(match[3]) };
}

/** Bytes of each preview card a build wrote, by file name. */
function cardSizes(outDir: string): { name: string; bytes: number }[] {
  const dir = join(outDir, 'og');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
}

const PEAK_MEMORY_PRELOAD = `--import=${pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'peak-memory.ts')).href}`;

/**
 * Runs one build, given the environment that has its Node processes report their peak memory
 * (`peak-memory.ts`): its result, its wall time and the largest peak reported, in bytes.
 */
async function measured<T>(build: (env: NodeJS.ProcessEnv) => Promise<T>): Promise<{ result: T; ms: number; peakBytes: number | undefined }> {
  const dir = mkdtempSync(join(tmpdir(), 'un15cm-bench-peak-'));
  const file = join(dir, 'peaks');
  try {
    const start = performance.now();
    const result = await build({ NODE_OPTIONS: [process.env['NODE_OPTIONS'], PEAK_MEMORY_PRELOAD].filter(Boolean).join(' '), BENCH_PEAK_MEMORY_FILE: file });
    const ms = performance.now() - start;
    const peaks = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number) : [];
    return { result, ms, peakBytes: peaks.length === 0 ? undefined : Math.max(...peaks) * 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timedBuild(options: BuildOptions): Promise<TimedBuild> {
  const { result, ms, peakBytes } = await measured((env) => buildSite({ ...options, env: { ...options.env, ...env } }));
  scratchDirs.push(result.scratchDir);
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output.slice(-4000)}`);
  const render = renderTime(result.output);
  // Without a cache given, buildSite() keeps it in the build's scratch folder.
  const cacheDir = options.cacheDir ?? join(result.scratchDir, 'cache');
  return {
    ms,
    outDir: result.outDir,
    cacheDir,
    pages: builtPages(result.outDir).length,
    peakBytes,
    renderMs: render,
    drawing: cardDrawing(result.output),
    citationsMs: citeprocMs(result.output),
  };
}

function sizeRow(figure: string, dir: string): Row {
  if (!existsSync(dir)) return { figure, value: 'n/a (search not built)' };
  const { bytes, files } = dirSize(dir);
  return { figure, value: `${kB(bytes)} (${files} files)` };
}

/** Bytes on disk of each page's HTML (uncompressed), median over the given pages. */
function medianHtml(distDir: string, pages: string[]): number {
  return median(pages.map((page) => statSync(join(distDir, page, 'index.html')).size));
}

/** The real sections' average Markdown body (title page aside), which each generated part gets on average. */
function averageSectionChars(sectionsDir: string): number {
  const bodies = readdirSync(sectionsDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(sectionsDir, name), 'utf8'))
    .filter((source) => !/^kind:\s*title-page/m.test(source))
    .map((source) => source.replace(/^---\n[\s\S]*?\n---\n/, '').trim().length);
  return bodies.reduce((sum, chars) => sum + chars, 0) / bodies.length;
}

/** The median HTML of a build's part pages against that of its real section pages (title page aside). */
function partPages(site: Timed, parts: Timed): { part: number; section: number } {
  const realSections = readdirSync(join(ROOT, 'content/sections'))
    .map((name) => name.replace(/\.mdx$/, '/'))
    .filter((page) => page !== 'title-page/');
  const part = medianHtml(parts.outDir, builtPages(parts.outDir).filter((page) => /^part-\d+\/$/.test(page)));
  return { part, section: medianHtml(site.outDir, realSections.filter((page) => existsSync(join(site.outDir, page)))) };
}

/** The 300-part rows of issue 9: page weight against the real site's, `dist/`, and the build time a page adds. */
function partsRows(siteBuilds: TimedBuild[], partsBuilds: TimedBuild[] | Error, theirs: { site: Timed[] | Error; parts: Timed[] | Error }): Row[] {
  const label = `${PARTS} parts`;
  if (partsBuilds instanceof Error) return [unmeasuredRow(`Build, ${label}`, partsBuilds)];
  const site = siteBuilds.at(-1)!;
  const parts = partsBuilds.at(-1)!;
  const [siteMs, partsMs] = [medianMs(siteBuilds), medianMs(partsBuilds)];
  const cardsMs = (builds: TimedBuild[]): number => median(builds.map((b) => b.drawing?.waitedMs ?? 0));
  const extra = (partsMs - siteMs) / (parts.pages - site.pages);
  // Issue 9's budget predates the preview cards (issue 10), which cost a constant per page of their own.
  const extraWithoutCards = (partsMs - cardsMs(partsBuilds) - (siteMs - cardsMs(siteBuilds))) / (parts.pages - site.pages);
  const ours = partPages(site, parts);
  const ratio = ours.part / ours.section;
  const { bytes, files } = dirSize(parts.outDir);
  const failed = [theirs.site, theirs.parts].find((runs): runs is Error => runs instanceof Error);
  const [theirSite, theirParts] = [theirs.site, theirs.parts].map((runs) => (runs instanceof Error ? undefined : runs.at(-1)));
  const starlightPages = theirSite === undefined || theirParts === undefined ? undefined : partPages(theirSite, theirParts);
  const starlightDist = theirParts === undefined ? undefined : dirSize(theirParts.outDir);
  const unmeasured = failed === undefined ? '' : couldNot(failed);
  return [
    {
      figure: `Build, ${label}: extra time per extra page`,
      value: `${extra.toFixed(1)} ms/page (${seconds(partsMs)} for ${parts.pages} pages, minus the real site)`,
      budget: `${SCALE_BUDGET.extraMsPerPage} ms`,
      pass: extra <= SCALE_BUDGET.extraMsPerPage,
    },
    {
      figure: `Build, ${label}: the same, preview cards aside`,
      value: `${extraWithoutCards.toFixed(1)} ms/page (the build waited ${seconds(cardsMs(partsBuilds))} for its ${cardSizes(parts.outDir).length} cards)`,
    },
    {
      figure: `${label}: median part page, HTML`,
      value: `${kB(ours.part)} vs ${kB(ours.section)} for a real section page (x${ratio.toFixed(2)})`,
      budget: `<= x${SCALE_BUDGET.partPageRatio}`,
      pass: ratio <= SCALE_BUDGET.partPageRatio,
      starlight: starlightPages === undefined ? unmeasured : `${kB(starlightPages.part)} vs ${kB(starlightPages.section)} (x${(starlightPages.part / starlightPages.section).toFixed(2)})`,
    },
    {
      figure: `${label}: dist/`,
      value: `${kB(bytes)} (${files} files)`,
      budget: `${SCALE_BUDGET.partsDist / 1e6} MB`,
      pass: bytes <= SCALE_BUDGET.partsDist,
      starlight: starlightDist === undefined ? unmeasured : `${kB(starlightDist.bytes)} (${starlightDist.files} files)`,
    },
  ];
}

function searchRows(label: string, run: SearchRun | Error | undefined): Row[] {
  const bytesFigure = `First search, fetched (${label})`;
  const latencyFigure = `Keystroke to results, median (${label})`;
  if (run === undefined) {
    return [
      { figure: bytesFigure, value: 'n/a (search not built)', budget: budgetKB(BUDGET.firstSearch) },
      { figure: latencyFigure, value: 'n/a (search not built)', budget: `${BUDGET.latencyMs} ms` },
    ];
  }
  if (run instanceof Error) {
    return [{ figure: `Search (${label})`, value: `could not measure: ${run.message.split('\n')[0]}`, pass: false }];
  }
  const bytes = totalBytes(run.firstSearch);
  const ms = run.latencies.map((l) => l.ms);
  const mid = median(ms);
  return [
    {
      figure: bytesFigure,
      value: `${kB(bytes)} in ${run.firstSearch.transfers.length} requests ("${run.firstQuery}", results after ${run.firstMs.toFixed(0)} ms)`,
      budget: budgetKB(BUDGET.firstSearch),
      pass: bytes <= BUDGET.firstSearch,
    },
    {
      figure: latencyFigure,
      value: `${mid.toFixed(0)} ms over ${ms.length} queries (max ${Math.max(...ms).toFixed(0)} ms)`,
      budget: `${BUDGET.latencyMs} ms`,
      pass: mid <= BUDGET.latencyMs,
    },
  ];
}

function correctionRows(label: string, run: SearchRun | Error | undefined): Row[] {
  const corrections = run instanceof Error ? undefined : run?.corrections;
  if (!corrections) return [];
  const vocabulary = corrections.fetched.transfers.filter((t) => t.url.endsWith('/vocabulary.json'));
  const vocabularyBytes = totalBytes({ ...corrections.fetched, transfers: vocabulary });
  // A word Pagefind matches by itself (it splits "AbuZyad" at the capital) is never corrected: no measure.
  const correctionMs = corrections.runs.map((r) => r.correctionMs).filter((v) => !Number.isNaN(v));
  const ms = corrections.runs.map((r) => r.ms);
  const [first, ...others] = correctionMs;
  return [
    {
      figure: `Did-you-mean: vocabulary (${label})`,
      value: `${kB(vocabularyBytes)}; with the correction code ${kB(totalBytes(corrections.fetched))} in ${corrections.fetched.transfers.length} requests`,
      budget: budgetKB(CORRECTION_BUDGET.vocabulary),
      pass: vocabulary.length === 1 && vocabularyBytes <= CORRECTION_BUDGET.vocabulary,
    },
    {
      figure: `Did-you-mean: correction, max (${label})`,
      value: `${Math.max(...correctionMs).toFixed(1)} ms after the vocabulary arrives (first ${first?.toFixed(1)} ms, then median ${median(others).toFixed(1)} ms; ${correctionMs.length} of ${ms.length} queries corrected)`,
      budget: `${CORRECTION_BUDGET.correctionMs} ms`,
      pass: correctionMs.length > 0 && correctionMs.every((v) => v <= CORRECTION_BUDGET.correctionMs),
    },
    {
      figure: `Keystroke to results, corrected, median (${label})`,
      value: `${median(ms).toFixed(0)} ms over ${ms.length} misspelt queries (max ${Math.max(...ms).toFixed(0)} ms)`,
      budget: `${BUDGET.latencyMs} ms`,
      pass: median(ms) <= BUDGET.latencyMs,
    },
  ];
}

/** Serves a built site and runs the first search and the timed queries; `undefined` without search. */
async function searchOn(browser: Browser, distDir: string, label: string): Promise<SearchRun | Error | undefined> {
  if (!existsSync(join(distDir, 'pagefind'))) return undefined;
  progress(`searching the ${label} (${QUERIES.length} queries)`);
  const site = await serveSite(distDir);
  try {
    return await measureSearch(browser, site.url, QUERIES, MISSPELT);
  } catch (error) {
    unmeasured += 1;
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await site.close();
  }
}

function printTable(rows: Row[]): void {
  const header: Row = { figure: 'Figure', value: 'Ours', budget: 'Budget', starlight: 'Starlight' };
  const result = (row: Row): string => {
    if (row === header) return 'Result';
    if (row.pass !== undefined) return row.pass ? 'PASS' : 'FAIL';
    return row.budget === undefined ? 'info' : 'n/a';
  };
  const cells = [header, ...rows].map((row) => [row.figure, row.value, row.budget ?? '', result(row), row.starlight ?? '']);
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join(' | ').trimEnd();
  console.log(line(cells[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const values of cells.slice(1)) console.log(line(values));
}

function printPages(title: string, loads: { page: string; load: Load }[]): void {
  console.log(`\n${title}: first load per page (gzip, kB of 1,000 bytes):`);
  console.log(`  ${'page'.padEnd(24)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'JS'.padStart(6)} ${'other'.padStart(6)} ${'total'.padStart(6)}`);
  for (const { page, load } of loads) {
    const cols = (['html', 'css', 'js', 'other'] as const).map((kind) => (totalBytes(load, [kind]) / 1000).toFixed(1).padStart(6));
    console.log(`  ${(page === '' ? '/' : page).padEnd(24)} ${cols.join(' ')} ${(totalBytes(load) / 1000).toFixed(1).padStart(6)}`);
  }
}

/** How the 1,000-section corpus scales against the real site (issue 9's flat budget). */
function corpusRows(siteBuilds: TimedBuild[], corpus: TimedBuild | Error): Row[] {
  if (corpus instanceof Error) return [];
  const site = siteBuilds.at(-1)!;
  const siteMs = median(siteBuilds.map((b) => b.ms));
  const rows: Row[] = [
    {
      figure: 'Build, 1,000 sections: extra time per extra page',
      value: `${((corpus.ms - siteMs) / (corpus.pages - site.pages)).toFixed(1)} ms/page (corpus minus real site)`,
    },
  ];
  const siteRenderMs = median(siteBuilds.flatMap((b) => (b.renderMs === undefined ? [] : [b.renderMs])));
  if (corpus.renderMs !== undefined && Number.isFinite(siteRenderMs)) {
    const perSite = siteRenderMs / site.pages;
    const perCorpus = corpus.renderMs / corpus.pages;
    rows.push({
      figure: 'Page rendering per page, corpus vs real site',
      value: `${perCorpus.toFixed(1)} vs ${perSite.toFixed(1)} ms/page (x${(perCorpus / perSite).toFixed(1)})`,
      budget: `flat: <= x${BUDGET.flatRatio}`,
      pass: perCorpus <= perSite * BUDGET.flatRatio,
    });
  }
  return rows;
}

/**
 * Citeproc's time in cold builds, as their logs say: building the styles' engines and making the
 * templates, part of the pages' rendering. The edition's own pages fill their citations in from the
 * templates kept with the code, so the real site runs none; the parts' numbered labels need their own.
 */
function citationRow(label: string, builds: TimedBuild[] | Error): Row {
  const figure = `Citations made by citeproc, cold build (${label})`;
  if (builds instanceof Error) return unmeasuredRow(figure, builds);
  const times = builds.flatMap((build) => build.citationsMs ?? []);
  if (times.length === 0) return { figure, value: 'none: every citation filled into a kept template' };
  return { figure, value: `${seconds(median(times))} of citeproc, within the pages' rendering (median of ${times.length})` };
}

/**
 * Time per preview card on the real site and the corpus (flat means constant per page), and their
 * sizes. The time is the drawing's own, on the worker threads, as each cold build's log says: the
 * cards are drawn while the pages are built, so how long the build waited for them says only what
 * was left to draw when the pages were out.
 */
function cardRows(siteBuilds: TimedBuild[], corpus: TimedBuild | Error): Row[] {
  const site = siteBuilds.at(-1)!;
  if (cardSizes(site.outDir).length === 0) return [{ figure: 'Preview cards', value: 'n/a (no og/*.png in the built site)' }];
  const perCard = (build: TimedBuild): number | undefined => (build.drawing === undefined || build.drawing.drawn === 0 ? undefined : build.drawing.ms / build.drawing.drawn);
  const siteTimes = siteBuilds.flatMap((build) => perCard(build) ?? []);
  if (siteTimes.length === 0) return [{ figure: 'Preview cards', value: 'n/a (no build said how long its cards took to draw)' }];
  const perSite = median(siteTimes);
  const sizeOf = (build: TimedBuild) => {
    const sizes = cardSizes(build.outDir).sort((a, b) => b.bytes - a.bytes);
    return { sizes, max: sizes[0], median: median(sizes.map((s) => s.bytes)) };
  };
  const siteSizes = sizeOf(site);
  const rows: Row[] = [
    {
      figure: 'Preview cards, drawing time (real site)',
      value: `${site.drawing?.drawn ?? 0} cards drawn: ${perSite.toFixed(0)} ms/card on the worker threads (median of ${siteTimes.length})`,
    },
  ];
  const corpusSizes = corpus instanceof Error || cardSizes(corpus.outDir).length === 0 ? undefined : sizeOf(corpus);
  const perCorpus = corpus instanceof Error ? undefined : perCard(corpus);
  if (!(corpus instanceof Error) && perCorpus !== undefined) {
    rows.push({
      figure: 'Preview cards, drawing time (corpus)',
      value: `${corpus.drawing?.drawn ?? 0} cards drawn in ${seconds(corpus.drawing?.ms ?? 0)}: ${perCorpus.toFixed(0)} ms/card (x${(perCorpus / perSite).toFixed(1)})`,
      budget: `flat: <= x${BUDGET.flatRatio}`,
      pass: perCorpus <= perSite * BUDGET.flatRatio,
    });
  }
  const largest = Math.max(siteSizes.max?.bytes ?? 0, corpusSizes?.max?.bytes ?? 0);
  rows.push({
    figure: 'Preview card size, max (PNG file)',
    value:
      `${kB(siteSizes.max?.bytes ?? 0)} (${siteSizes.max?.name ?? '-'}); median ${kB(siteSizes.median)}` +
      (corpusSizes === undefined ? '' : `; corpus max ${kB(corpusSizes.max?.bytes ?? 0)}`),
    budget: budgetKB(BUDGET.card),
    pass: largest <= BUDGET.card,
  });
  return rows;
}

type PageLoads = { page: string; load: Load }[];

/** The largest and the median over pages of some part of their first load (all of it without `kinds`). */
function loadSummary(loads: PageLoads, kinds?: Kind[]): { max: number; median: number; page: string } {
  const sorted = [...loads].sort((a, b) => totalBytes(b.load, kinds) - totalBytes(a.load, kinds));
  const max = sorted[0] === undefined ? NaN : totalBytes(sorted[0].load, kinds);
  return { max, median: median(loads.map((p) => totalBytes(p.load, kinds))), page: sorted[0]?.page || '/' };
}

function pageRows(loads: PageLoads, theirs: PageLoads | Error | undefined): Row[] {
  if (loads.length === 0) return [];
  const starlight = (kinds?: Kind[]): string => {
    if (theirs === undefined) return '';
    if (theirs instanceof Error) return couldNot(theirs);
    const summary = loadSummary(theirs, kinds);
    return `${kB(summary.max)} (${summary.page}); median ${kB(summary.median)}`;
  };
  const all = loadSummary(loads);
  const js = loadSummary(loads, ['js']);
  const rows: Row[] = [
    {
      figure: 'First load per page, max (HTML+CSS+JS+other)',
      value: `${kB(all.max)} (${all.page}); median ${kB(all.median)}`,
      budget: budgetKB(BUDGET.firstLoad),
      pass: all.max <= BUDGET.firstLoad,
      starlight: starlight(),
    },
    {
      figure: 'First load per page, median',
      value: kB(all.median),
      budget: budgetKB(SCALE_BUDGET.firstLoadMedian),
      pass: all.median <= SCALE_BUDGET.firstLoadMedian,
    },
    {
      figure: 'JavaScript per page, max',
      value: `${kB(js.max)} (${js.page}); median ${kB(js.median)}`,
      budget: budgetKB(BUDGET.js),
      pass: js.max <= BUDGET.js,
      starlight: starlight(['js']),
    },
  ];
  const failed = loads.flatMap((p) => p.load.failed);
  if (failed.length > 0) rows.push({ figure: 'Failed requests on first load', value: failed.join(', '), pass: false });
  return rows;
}

/** A page a search result opens, with the words it hands over as a `?highlight=` address does. */
const ARRIVAL = { page: 'chair-of-the-gmg/', query: '?highlight=GMG' };

/** What arriving from a search result fetches beyond the page's own first load: the highlighter (`src/scripts/search/arrival.ts`). */
function arrivalRow(loads: PageLoads, arrival: Load | Error | undefined): Row[] {
  const figure = 'Arriving from a search result: fetched beyond the page';
  if (arrival === undefined) return [];
  if (arrival instanceof Error) return [unmeasuredRow(figure, arrival)];
  const plain = new Set(loads.find((load) => load.page === ARRIVAL.page)?.load.transfers.map((transfer) => new URL(transfer.url).pathname));
  const extra = arrival.transfers.filter((transfer) => !plain.has(new URL(transfer.url).pathname));
  const names = extra.map((transfer) => `${new URL(transfer.url).pathname.split('/').pop()} ${kB(transfer.bytes)}`).join(', ');
  return [{ figure, value: `${kB(extra.reduce((sum, transfer) => sum + transfer.bytes, 0))} in ${extra.length} requests (/${ARRIVAL.page}${ARRIVAL.query}: ${names})` }];
}

async function loadEach(browser: Browser, distDir: string, pages: string[]): Promise<{ page: string; load: Load }[]> {
  const served = await serveSite(distDir);
  try {
    const loads: { page: string; load: Load }[] = [];
    for (const page of pages) loads.push({ page, load: await firstLoad(browser, `${served.url}${page}`) });
    return loads;
  } finally {
    await served.close();
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
const couldNot = (error: Error): string => `could not measure: ${error.message.split('\n')[0]}`;
const unmeasuredRow = (figure: string, error: Error): Row => ({ figure, value: couldNot(error), pass: false });

/** Runs a measurement; a failure is counted and kept as the result, so the other figures are still measured. */
async function attempt<T>(measure: () => Promise<T>): Promise<T | Error> {
  try {
    return await measure();
  } catch (error) {
    unmeasured += 1;
    return asError(error);
  }
}

/** Why Starlight cannot be measured at all (its install failed), once known. */
let starlightDown: Error | undefined;

/** A folder for one Starlight site's output and cache, inside its baseline folder as ours are inside the project. */
function starlightScratch(): string {
  const parent = join(STARLIGHT_DIR, 'node_modules/.cache/bench-builds');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'build-'));
  scratchDirs.push(dir);
  return dir;
}

/**
 * Builds Starlight's site on `docsDir` in `scratch`: a cold build in a new one, as ours are
 * (`buildSite` makes a new folder for each). Emptying the last one first would have Starlight's
 * build create its files among the inodes just freed, which on a file system without a journal
 * costs each new file time (README, Benchmark, the sixteenth pass), and ours would not pay that.
 */
async function timedStarlight(docsDir: string, scratch: string): Promise<Timed | Error> {
  if (starlightDown !== undefined) return starlightDown;
  const outDir = join(scratch, 'dist');
  const cacheDir = join(scratch, 'cache');
  return attempt(async () => {
    const { result, ms, peakBytes } = await measured((env) => buildStarlight(docsDir, outDir, cacheDir, env));
    if (result.code !== 0) throw new Error(`Starlight's astro build failed:\n${result.output.slice(-4000)}`);
    return { ms, outDir, pages: builtPages(outDir).length, peakBytes };
  });
}

/** The same content for both systems: our `content/` folder and Starlight's docs, in one temp folder. */
interface Sources {
  /** Absent for the real report, which our build reads from `content/` as it always does. */
  contentDir?: string;
  docsDir: string;
}

/** Our content as it is (`write` absent) or as `write` generates it in a temp folder, and Starlight's docs from it. */
function sources(write?: (contentDir: string) => void): Sources {
  const dir = mkdtempSync(join(tmpdir(), 'un15cm-bench-'));
  scratchDirs.push(dir);
  const docsDir = join(dir, 'docs');
  if (write === undefined) {
    writeStarlightDocs(join(ROOT, 'content/sections'), docsDir);
    return { docsDir };
  }
  const contentDir = join(dir, 'content');
  write(contentDir);
  writeStarlightDocs(join(contentDir, 'sections'), docsDir);
  return { contentDir, docsDir };
}

/** A one-word edit of one part's text, the same in both copies: the first " the " of its body becomes " this ". */
function editOneWord(file: string): void {
  const source = readFileSync(file, 'utf8');
  const bodyStart = source.indexOf('\n---\n', 4) + 5;
  const at = source.indexOf(' the ', bodyStart);
  if (bodyStart < 5 || at === -1) throw new Error(`${file}: found no " the " in its text to edit`);
  writeFileSync(file, `${source.slice(0, at)} this ${source.slice(at + ' the '.length)}`);
}

/** Each system's builds of one content in one state (cold, rebuilt, rebuilt after an edit): all of them, or why not. */
interface Runs {
  ours: TimedBuild[] | Error;
  starlight: Timed[] | Error;
}

/** A figure for one system: the number a budget compares, and how the table shows it. */
interface Figure {
  value: number;
  text: string;
}

const medianMs = (builds: Timed[]): number => median(builds.map((b) => b.ms));

/** Many builds as one result: all of them, or the first failure. */
function allOf<T extends Timed>(builds: (T | Error)[]): T[] | Error {
  const failed = builds.find((b): b is Error => b instanceof Error);
  return failed ?? (builds as T[]);
}

function timeFigure(builds: Timed[] | Error): Figure | Error {
  if (builds instanceof Error) return builds;
  const ms = medianMs(builds);
  return { value: ms, text: `${seconds(ms)} for ${builds[0]?.pages ?? 0} pages` };
}

/** Extra time per extra page: (these builds' time - the same system's real-site time) / (their pages - the real site's). */
function perPageFigure(builds: Timed[] | Error, site: Timed[] | Error): Figure | Error {
  if (builds instanceof Error) return builds;
  if (site instanceof Error) return site;
  const pages = builds[0]?.pages ?? 0;
  const ms = (medianMs(builds) - medianMs(site)) / (pages - (site[0]?.pages ?? 0));
  return { value: ms, text: `${ms.toFixed(1)} ms/page (${seconds(medianMs(builds))} for ${pages} pages)` };
}

/** Rebuilds' time as a share of the same system's cold builds. */
function shareFigure(rebuilds: Timed[] | Error, cold: Timed[] | Error): Figure | Error {
  if (rebuilds instanceof Error) return rebuilds;
  if (cold instanceof Error) return cold;
  const share = medianMs(rebuilds) / medianMs(cold);
  return { value: share, text: `${seconds(medianMs(rebuilds))}: ${(share * 100).toFixed(0)}% of its cold build` };
}

/** Our figure against Starlight's from this run; `maxRatio` is the budget, as a multiple of Starlight's. */
function versusRow(figure: string, ours: Figure | Error, theirs: Figure | Error, maxRatio: number): Row {
  const budget = `<= x${maxRatio} Starlight`;
  if (ours instanceof Error) return { ...unmeasuredRow(figure, ours), budget };
  if (theirs instanceof Error) return { figure, value: ours.text, budget, pass: false, starlight: couldNot(theirs) };
  const ratio = ours.value / theirs.value;
  return { figure, value: `${ours.text} (x${ratio.toFixed(2)})`, budget, pass: ratio <= maxRatio, starlight: theirs.text };
}

/** Our figure against an absolute budget, Starlight's beside it for reference. */
function budgetRow(figure: string, ours: Figure | Error, theirs: Figure | Error, budget: string, max: number): Row {
  const starlight = theirs instanceof Error ? couldNot(theirs) : theirs.text;
  if (ours instanceof Error) return { ...unmeasuredRow(figure, ours), budget, starlight };
  return { figure, value: ours.text, budget, pass: ours.value <= max, starlight };
}

interface BuildTimes {
  siteCold: Runs;
  siteRebuild: Runs;
  parts: Runs;
  partsRebuild: Runs;
  partsEdit: Runs;
  corpus: Runs;
}

/** Issue 15's rows: our build times against Starlight's on the same content in the same run. */
function versusRows(times: BuildTimes): Row[] {
  const { siteCold, siteRebuild, parts, partsRebuild, partsEdit, corpus } = times;
  return [
    versusRow(`Build, real site, cold ${OF_RUNS}`, timeFigure(siteCold.ours), timeFigure(siteCold.starlight), VERSUS_BUDGET.cold),
    versusRow(`Build, real site, rebuild, nothing changed ${OF_RUNS}`, timeFigure(siteRebuild.ours), timeFigure(siteRebuild.starlight), VERSUS_BUDGET.rebuild),
    versusRow(
      `Build, ${PARTS} parts, cold: extra time per extra page ${OF_RUNS}`,
      perPageFigure(parts.ours, siteCold.ours),
      perPageFigure(parts.starlight, siteCold.starlight),
      VERSUS_BUDGET.partsCold,
    ),
    versusRow(
      `Build, ${PARTS} parts, rebuild: extra time per extra page ${OF_RUNS}`,
      perPageFigure(partsRebuild.ours, siteRebuild.ours),
      perPageFigure(partsRebuild.starlight, siteRebuild.starlight),
      VERSUS_BUDGET.partsRebuild,
    ),
    budgetRow(
      `Build, ${PARTS} parts, rebuild after a one-word edit ${OF_RUNS}`,
      shareFigure(partsEdit.ours, parts.ours),
      shareFigure(partsEdit.starlight, parts.starlight),
      `<= ${VERSUS_BUDGET.editShare * 100}% of cold`,
      VERSUS_BUDGET.editShare,
    ),
    budgetRow(
      `Build, ${CORPUS_SECTIONS.toLocaleString('en')} sections, cold (1 build)`,
      timeFigure(corpus.ours),
      timeFigure(corpus.starlight),
      seconds(VERSUS_BUDGET.corpusMs),
      VERSUS_BUDGET.corpusMs,
    ),
  ];
}

/** The builds' peak resident memory, median: the largest Node process of each build, threads and native memory included. */
function peakFigure(builds: Timed[] | Error): Figure | Error {
  if (builds instanceof Error) return builds;
  const peaks = builds.map((build) => build.peakBytes).filter((bytes) => bytes !== undefined);
  if (peaks.length === 0) return new Error('no build reported its peak memory');
  const bytes = median(peaks);
  return { value: bytes, text: `${(bytes / 1e9).toFixed(2)} GB` };
}

/** Peak memory of cold builds, ours and Starlight's: a figure that informs (a build that grows with its pages shows here first). */
function peakMemoryRow(figure: string, runs: Runs): Row {
  const ours = peakFigure(runs.ours);
  const theirs = peakFigure(runs.starlight);
  const starlight = theirs instanceof Error ? couldNot(theirs) : theirs.text;
  if (ours instanceof Error) return { ...unmeasuredRow(figure, ours), starlight };
  return { figure, value: ours.text, starlight };
}

type Step = 'cold' | 'rebuild' | 'edit';

const STEP_NAMES: Record<Step, string> = {
  cold: 'cold build',
  rebuild: 'rebuild with nothing changed',
  edit: `rebuild after a one-word edit of ${EDITED_PART}`,
};

/**
 * `runs` rounds on the same content, each a cold build, then (unless `coldOnly`) a rebuild with
 * nothing changed and, with `edit`, a rebuild after `edit()` changed one word. Each step is a pair,
 * ours then Starlight, and each round's rebuilds follow its own cold build, so the figures compared
 * meet the machine's load of the same moment.
 */
async function rounds(
  label: string,
  content: Sources,
  options: { edit?: () => void; coldOnly?: boolean; runs?: number } = {},
): Promise<Record<Step, Runs>> {
  const { edit, coldOnly = false, runs = RUNS } = options;
  const steps: Step[] = ['cold', ...(coldOnly ? [] : (['rebuild'] as const)), ...(edit === undefined ? [] : (['edit'] as const))];
  const ours: Record<Step, (TimedBuild | Error)[]> = { cold: [], rebuild: [], edit: [] };
  const starlight: Record<Step, (Timed | Error)[]> = { cold: [], rebuild: [], edit: [] };
  const contentOption = content.contentDir === undefined ? {} : { contentDir: content.contentDir };
  // Starlight's output and cache: a new folder for each cold build, kept for the rebuilds that follow it.
  let starlightAt = '';
  for (let round = 1; round <= runs; round += 1) {
    let cold: TimedBuild | Error | undefined;
    for (const step of steps) {
      progress(`${label}, round ${round} of ${runs}: ${STEP_NAMES[step]}, ours then Starlight`);
      if (step === 'edit') edit?.();
      const previous = cold;
      const build =
        previous instanceof Error
          ? previous
          : await attempt(() =>
              timedBuild({ ...contentOption, ...(previous === undefined ? {} : { outDir: previous.outDir, cacheDir: previous.cacheDir }) }),
            );
      if (step === 'cold') cold = build;
      ours[step].push(build);
      if (step === 'cold') starlightAt = starlightScratch();
      starlight[step].push(await timedStarlight(content.docsDir, starlightAt));
    }
  }
  const runsOf = (step: Step): Runs => ({ ours: allOf(ours[step]), starlight: allOf(starlight[step]) });
  return { cold: runsOf('cold'), rebuild: runsOf('rebuild'), edit: runsOf('edit') };
}

async function main(): Promise<void> {
  const started = performance.now();
  // Builds run `npx astro build` in the working directory, so run from the project whatever the caller's.
  process.chdir(ROOT);
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number from 1, not ${process.env['BENCH_RUNS']}`);

  try {
    if (!starlightInstalled()) {
      progress(`installing the Starlight baseline in ${STARLIGHT_DIR} (npm ci, first use only)`);
      await installStarlight();
    }
  } catch (error) {
    starlightDown = asError(error);
    unmeasured += 1;
  }

  const real = sources();
  const { cold: siteCold, rebuild: siteRebuild } = await rounds('real site', real);
  // Without our own site there is nothing to compare or load.
  if (siteCold.ours instanceof Error) throw siteCold.ours;
  const siteBuilds = siteCold.ours;
  const site = siteBuilds.at(-1)!;
  const starlightOut = siteCold.starlight instanceof Error ? undefined : siteCold.starlight.at(-1)?.outDir;

  const partsChars = Math.round(PARTS * averageSectionChars(join(ROOT, 'content/sections')));
  let parts: Corpus = { sections: 0, bodyChars: 0 };
  const partsSources = sources((targetDir) => (parts = generateCorpus({ sourceDir: join(ROOT, 'content'), targetDir, sections: PARTS, totalBodyChars: partsChars })));
  // Each round changes the next word: the first " the " left in the part's text.
  const edit = (): void => {
    if (partsSources.contentDir !== undefined) editOneWord(join(partsSources.contentDir, 'sections', EDITED_PART));
    editOneWord(join(partsSources.docsDir, EDITED_PART));
  };
  const partsLabel = `${PARTS} parts (${(parts.bodyChars / 1e6).toFixed(2)} MB of text)`;
  const { cold: partsCold, rebuild: partsRebuild, edit: partsEdit } = await rounds(partsLabel, partsSources, { edit });

  let corpus: Corpus = { sections: 0, bodyChars: 0 };
  const corpusSources = sources(
    (targetDir) => (corpus = generateCorpus({ sourceDir: join(ROOT, 'content'), targetDir, sections: CORPUS_SECTIONS, totalBodyChars: CORPUS_TEXT_CHARS })),
  );
  const corpusLabel = `${CORPUS_SECTIONS} sections (${(corpus.bodyChars / 1e6).toFixed(2)} MB of text)`;
  const { cold: corpusRuns } = await rounds(corpusLabel, corpusSources, { coldOnly: true, runs: 1 });
  const corpusBuild = corpusRuns.ours instanceof Error ? corpusRuns.ours : corpusRuns.ours[0]!;
  const corpusOut = corpusBuild instanceof Error ? undefined : corpusBuild.outDir;

  const rows = versusRows({ siteCold, siteRebuild, parts: partsCold, partsRebuild, partsEdit, corpus: corpusRuns });
  rows.push(
    peakMemoryRow(`Build, ${PARTS} parts, cold: peak memory ${OF_RUNS}`, partsCold),
    peakMemoryRow(`Build, ${CORPUS_SECTIONS.toLocaleString('en')} sections, cold: peak memory (1 build)`, corpusRuns),
  );
  rows.push(...corpusRows(siteBuilds, corpusBuild), citationRow('real site', siteBuilds), citationRow(`${PARTS} parts`, partsCold.ours), ...cardRows(siteBuilds, corpusBuild));
  rows.push(...partsRows(siteBuilds, partsCold.ours, { site: siteCold.starlight, parts: partsCold.starlight }));

  let pageLoads: PageLoads = [];
  let starlightLoads: PageLoads | Error | undefined = siteCold.starlight instanceof Error ? siteCold.starlight : undefined;
  let siteSearch: SearchRun | Error | undefined;
  let corpusSearch: SearchRun | Error | undefined;
  let corpusPage: Load | Error | undefined;
  let arrival: Load | Error | undefined;
  let browser: Browser | undefined;
  try {
    if (!hasChromium) throw new Error('Chromium is not installed');
    browser = await launchChromium();
    progress(`loading each of the ${site.pages} pages in Chromium`);
    pageLoads = await loadEach(browser, site.outDir, builtPages(site.outDir));
    if (starlightOut !== undefined) {
      const pages = builtPages(starlightOut);
      progress(`loading each of Starlight's ${pages.length} pages in Chromium`);
      starlightLoads = await attempt(() => loadEach(browser!, starlightOut, pages));
    }
    arrival = await attempt(async () => (await loadEach(browser!, site.outDir, [`${ARRIVAL.page}${ARRIVAL.query}`]))[0]!.load);
    siteSearch = await searchOn(browser, site.outDir, 'real site');
    if (corpusOut !== undefined) {
      progress('loading a corpus section page');
      corpusPage = await loadEach(browser, corpusOut, ['part-0500/']).then(
        (loads) => loads[0]?.load,
        (error: unknown) => new Error(String(error)),
      );
      corpusSearch = await searchOn(browser, corpusOut, 'corpus');
    }
  } catch (error) {
    unmeasured += 1;
    rows.push({ figure: 'Browser measurements', value: `could not measure: ${String(error).split('\n')[0]}`, pass: false });
  } finally {
    await browser?.close();
  }

  rows.push(...pageRows(pageLoads, starlightLoads));
  rows.push(...arrivalRow(pageLoads, arrival));
  rows.push(...searchRows('real site', siteSearch), ...correctionRows('real site', siteSearch));
  if (corpusOut !== undefined) rows.push(...searchRows('corpus', corpusSearch), ...correctionRows('corpus', corpusSearch));
  if (corpusPage instanceof Error) {
    unmeasured += 1;
    rows.push({ figure: 'First load, a corpus section page', value: `could not measure: ${corpusPage.message.split('\n')[0]}`, pass: false });
  } else if (corpusPage !== undefined) {
    rows.push({ figure: 'First load, a corpus section page', value: `${kB(totalBytes(corpusPage))} (part-0500/)` });
  }
  const searched = [siteSearch, corpusSearch].filter((run): run is SearchRun => run !== undefined && !(run instanceof Error));
  const loads = [...pageLoads.map((p) => p.load), ...searched.map((s) => s.firstSearch)];
  if (loads.length > 0) {
    const foreign = loads.flatMap((load) => load.foreign);
    rows.push({ figure: 'Requests outside 127.0.0.1', value: foreign.length === 0 ? '0' : foreign.join(', '), budget: '0', pass: foreign.length === 0 });
  }
  rows.push(sizeRow('dist/', site.outDir), sizeRow('dist/pagefind', join(site.outDir, 'pagefind')));
  if (corpusOut !== undefined) {
    const corpusSize = dirSize(corpusOut);
    rows.push(
      {
        figure: 'dist/ of the corpus',
        value: `${kB(corpusSize.bytes)} (${corpusSize.files} files)`,
        budget: `${SCALE_BUDGET.corpusDist / 1e6} MB`,
        pass: corpusSize.bytes <= SCALE_BUDGET.corpusDist,
      },
      sizeRow('dist/pagefind of the corpus', join(corpusOut, 'pagefind')),
    );
  }

  console.log(`\nnpm run bench — ${new Date().toISOString()} — node ${process.version}, ${process.platform}`);
  const baseline = starlightDown === undefined ? `Starlight ${starlightVersion()} (default theme, bench/starlight/)` : 'Starlight (not measured)';
  console.log(`Sizes are gzip (level 6) as a server would send them; kB = 1,000 bytes. ${baseline} built and loaded in this same run, on the same content.\n`);
  printTable(rows);
  if (pageLoads.length > 0) printPages('Ours', pageLoads);
  if (Array.isArray(starlightLoads)) printPages('Starlight', starlightLoads);
  for (const [label, run] of [['real site', siteSearch], ['corpus', corpusSearch]] as const) {
    if (run === undefined || run instanceof Error) continue;
    console.log(`\nSearch, ${label}: ms from last keystroke to rendered results (number of results)`);
    console.log(`  ${run.latencies.map((l) => `${l.query} ${l.ms.toFixed(0)} (${l.results})`).join(', ')}`);
    console.log(`  first search fetched: ${run.firstSearch.transfers.map((t) => `${new URL(t.url).pathname.split('/').pop()} ${kB(t.bytes)}`).join(', ')}`);
    if (run.corrections) {
      console.log(`  misspelt: ${run.corrections.runs.map((r) => `${r.query} -> ${r.shown} ${r.ms.toFixed(0)} (${r.results}; correction ${r.correctionMs.toFixed(1)})`).join(', ')}`);
      console.log(`  first correction fetched: ${run.corrections.fetched.transfers.map((t) => `${new URL(t.url).pathname.split('/').pop()} ${kB(t.bytes)}`).join(', ')}`);
    }
  }
  console.log(`\nCorpus: ${corpus.sections} synthetic sections plus the real title page, ${(corpus.bodyChars / 1e6).toFixed(2)} MB of Markdown text recombined from the report.`);
  console.log(`${PARTS} parts: the same generator, ${(parts.bodyChars / 1e6).toFixed(2)} MB of text (each part as long as a real section on average).`);
  console.log(`Bench took ${seconds(performance.now() - started)}.`);
}

process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  await main();
} catch (error) {
  console.error(`bench: could not measure: ${error instanceof Error ? error.message : String(error)}`);
  unmeasured += 1;
} finally {
  cleanUp();
}
process.exit(unmeasured === 0 ? 0 : 1);
