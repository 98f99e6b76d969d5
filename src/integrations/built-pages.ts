import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';
import { CACHE_DIR } from '../lib/cache-dir.ts';
import type { KeyedStore } from '../lib/keyed-store.ts';
import { readEntries, type Stored } from '../lib/persisted-store.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { placeFiles } from '../lib/write-files.ts';

/** One emitted HTML page, read and parsed once for every integration that looks at it. */
export interface ParsedPage {
  /** Path inside the output folder, with forward slashes, e.g. `chair-of-the-gmg/index.html`. */
  file: string;
  html: string;
  /** A digest of `html`: what a visitor found in a page with the same hash last time still holds. */
  hash: string;
  /** The page's tree, parsed when a visitor first asks for it: visitors that remember the page (`memo`) do not. */
  readonly document: Parse5.Document;
}


/**
 * Told of a site whose pages changed: `start` first, with the site as read (every file it will
 * have, every page's text), before any tree is parsed, so work that needs only the text can start
 * then, and what the visitor needs to look at pages can be loaded (the pages wait for it); then
 * each page in turn while the pass holds its tree.
 */
export interface PageVisitor {
  start?(site: BuiltSite): void | Promise<void>;
  page?(page: ParsedPage): void;
}

export interface BuiltSite {
  /** The output folder. */
  root: string;
  /** Every file of the site, relative with forward slashes: those on disk and those an integration has promised to write. */
  files: ReadonlySet<string>;
  /** The HTML pages in file order, each read once; their text stays for Pagefind, their trees do not. */
  pages: readonly { file: string; html: string }[];
  /**
   * True when this build's pages, files, inputs and code are exactly those of the last build that
   * passed: the visitors were not called, and the files integrations kept from that build
   * (`keep`) are back in the output folder, so there is nothing to check or write again.
   */
  unchanged: boolean;
}

export interface BuiltPages {
  /** Adds a visitor; call before the build ends (from `astro:config:done`). */
  visit(visitor: PageVisitor): void;
  /** Files an integration will write during or after the pass, so links to them count as resolving (the open formats, the citation files, the cards). */
  promise(...files: string[]): void;
  /**
   * Promised files to write while the site is checked (the citation files, the cards): `write` is
   * called once the pass has listed and read the output folder, so a thousand writes do not queue
   * ahead of that reading in Node's file-system threads (which made the pass wait 0.6 s for its
   * listing in a 300-part build), or from `record` if nothing read the site. `record` waits for
   * them, and a write that failed fails the build there.
   */
  writing(write: () => Promise<unknown>): void;
  /** Something besides the pages that an integration's result depends on (the address register's text). */
  input(text: string): void;
  /** This build's visitors must see every page even when the site is the last passing build's (`npm run addresses`). */
  visitEveryPage(): void;
  /** Reads and parses the built site once, however many integrations ask, and tells every visitor. */
  read(dir: URL): Promise<BuiltSite>;
  /** Files an integration wrote from the pages (relative to the output folder), kept for the next build of the same pages. */
  keep(...files: string[]): Promise<void>;
  /**
   * A visitor's store of what it found per page, by a key that holds the page's `hash`: the last
   * passing build's entries to read, this build's to write. Only the entries this build read or
   * wrote are kept for the next, so the store does not grow with edits.
   */
  memo<T>(name: string): KeyedStore<T>;
  /** Call last, once every integration has passed: the next build of the same pages restores what was kept. */
  record(): Promise<void>;
}

/** Where the kept files of the last build that passed wait, under the digest of what made them. */
const KEPT_DIR = join(CACHE_DIR, 'built-site');
const MANIFEST = join(KEPT_DIR, 'last-build.json');
const MEMO_DIR = join(KEPT_DIR, 'memo');

interface Manifest {
  digest: string;
  files: string[];
}

async function readManifest(): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * After `astro build` the checks, the open formats and the search index all look at the
 * pages. This reads each page once and parses it once (parse5), handing the tree to each visitor in
 * turn and dropping it before the next page, so a large report's trees never sit in memory together.
 * astro.config.mjs makes one and gives it to each of those integrations; the first to ask reads.
 *
 * A build whose pages come out exactly as the last passing build's (a rebuild with nothing
 * changed) parses nothing: what the integrations wrote from those pages is copied back instead.
 */
export function builtPages(): BuiltPages {
  const visitors: PageVisitor[] = [];
  const promised = new Set<string>();
  const inputs: string[] = [];
  const kept: string[] = [];
  const writes: (() => Promise<unknown>)[] = [];
  const tasks: Promise<unknown>[] = [];
  let reading: Promise<BuiltSite> | undefined;
  let current: { root: string; digest: string } | undefined;
  let reuse = true;
  /** Each visitor's entries: the last passing build's, read on first use (a build whose site is unchanged reads none), and this build's. */
  const memos = new Map<string, { last?: Record<string, unknown>; next: Record<string, unknown> }>();

  // Only under the code that found them: a visitor whose code changed looks at every page again.
  const lastEntries = (name: string) => readEntries<unknown>(join(MEMO_DIR, `${name}.json`), sourceDigest());

  function memo<T>(name: string): KeyedStore<T> {
    let store = memos.get(name);
    if (store === undefined) {
      store = { next: {} };
      memos.set(name, store);
    }
    const entries = store;
    return {
      get: (key) => {
        const last = (entries.last ??= lastEntries(name));
        if (!Object.hasOwn(last, key)) return undefined;
        entries.next[key] = last[key];
        return last[key] as T;
      },
      set: (key, value) => void (entries.next[key] = value),
    };
  }

  function startWrites(): void {
    for (const write of writes.splice(0)) {
      const task = write();
      // Awaited in `record`; until then a failure must not end the process before a check's own error is shown.
      task.catch(() => undefined);
      tasks.push(task);
    }
  }

  async function restore(root: string, digest: string): Promise<boolean> {
    const manifest = await readManifest();
    if (manifest?.digest !== digest) return false;
    try {
      await placeFiles(manifest.files.map((file) => ({ from: join(KEPT_DIR, digest, file), to: join(root, file) })));
      return true;
    } catch {
      return false;
    }
  }

  async function run(dir: URL): Promise<BuiltSite> {
    const root = fileURLToPath(dir);
    const onDisk = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    const files = new Set([...onDisk, ...promised]);
    const htmlFiles = onDisk.filter((name) => name.endsWith('.html')).sort();
    const pages: { file: string; html: string; hash: string }[] = [];
    const siteHash = createHash('sha256').update(sourceDigest()).update(JSON.stringify([[...files].sort(), inputs]));
    // All at once: read one after another, the 307 pages of the 300 parts took 107-129 ms, at once 56-69.
    const read = await Promise.all(htmlFiles.map(async (file) => ({ file, html: await readFile(join(root, file), 'utf8') })));
    for (const { file, html } of read) {
      const hash = createHash('sha256').update(html).digest('base64url');
      pages.push({ file, html, hash });
      siteHash.update(file).update('\0').update(hash);
    }
    const digest = siteHash.digest('base64url');
    current = { root, digest };
    startWrites();
    if (reuse && (await restore(root, digest))) return { root, files, pages, unchanged: true };
    const site = { root, files, pages, unchanged: false };
    await Promise.all(visitors.map((visitor) => visitor.start?.(site)));
    const pageVisitors = visitors.filter((visitor) => visitor.page !== undefined);
    for (const page of pages) {
      if (pageVisitors.length === 0) break;
      let document: Parse5.Document | undefined;
      const parsed: ParsedPage = {
        ...page,
        get document() {
          document ??= parse(page.html);
          return document;
        },
      };
      for (const visitor of pageVisitors) visitor.page?.(parsed);
    }
    return site;
  }

  return {
    visit: (visitor) => void visitors.push(visitor),
    promise: (...files) => files.forEach((file) => promised.add(file)),
    writing(write) {
      writes.push(write);
      // Once the site is read (`current`), at once.
      if (current !== undefined) startWrites();
    },
    input: (text) => void inputs.push(text),
    visitEveryPage: () => void (reuse = false),
    read: (dir) => (reading ??= run(dir)),
    memo,
    async keep(...files) {
      if (current === undefined) return;
      const { root, digest } = current;
      await placeFiles(files.map((file) => ({ from: join(root, file), to: join(KEPT_DIR, digest, file) })));
      kept.push(...files);
    },
    async record() {
      startWrites();
      await Promise.all(tasks);
      if (current === undefined) return;
      const { digest } = current;
      const manifest = await readManifest();
      if (manifest?.digest === digest) return;
      await mkdir(MEMO_DIR, { recursive: true });
      for (const [name, { next }] of memos) await writeFile(join(MEMO_DIR, `${name}.json`), JSON.stringify({ digest: sourceDigest(), entries: next } satisfies Stored<unknown>));
      await writeFile(MANIFEST, JSON.stringify({ digest, files: kept } satisfies Manifest));
      // Only the last passing build's files are kept: the folder does not grow with builds.
      for (const entry of await readdir(KEPT_DIR)) if (![digest, 'last-build.json', 'memo'].includes(entry)) await rm(join(KEPT_DIR, entry), { recursive: true, force: true });
    },
  };
}

/**
 * Last in the list of integrations: once every check has passed and every file is written, the
 * shared pass records the build, so the next build of the same pages can reuse its work.
 */
export function builtPagesRecord(pages: BuiltPages): AstroIntegration {
  return {
    name: 'built-pages-record',
    hooks: {
      'astro:build:done': async () => {
        await pages.record();
      },
    },
  };
}
