import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';

describe('builtPages', () => {
  const scratch = scratchWithCache('built-pages');
  const site = (name: string, html: string): string => {
    const root = join(scratch.dir, name);
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title><a href="a/">A</a>');
    writeFileSync(join(root, 'a', 'index.html'), html);
    return root;
  };
  /** One build's shared pass: a visitor counting pages, an integration writing `out.txt` from them. */
  const build = async (root: string, input = 'register v1', everyPage = false) => {
    vi.resetModules();
    const { builtPages } = await import('./built-pages.ts');
    const pages = builtPages();
    if (everyPage) pages.visitEveryPage();
    const visited: string[] = [];
    const parsed: string[] = [];
    const events: string[] = [];
    // A visitor that needs only the pages' text, as the search index does.
    pages.visit({ start: (read) => void events.push(`start ${read.pages.map((page) => `${page.file}: ${page.html}`).join(' | ')}`) });
    // A visitor that remembers what it found per page: it parses only pages it has not seen.
    const memo = pages.memo<number>('elements');
    pages.visit({
      page: (page) => {
        visited.push(page.file);
        events.push(`visit ${page.file}`);
        if (memo.get(page.hash) !== undefined) return;
        parsed.push(page.file);
        memo.set(page.hash, page.document.childNodes.length);
      },
    });
    pages.input(input);
    const built = await pages.read(pathToFileURL(`${root}/`));
    if (!built.unchanged) {
      writeFileSync(join(root, 'out.txt'), built.pages.map((page) => page.html.length).join(','));
      await pages.keep('out.txt');
    }
    await pages.record();
    return { unchanged: built.unchanged, visited, parsed, events, out: readFileSync(join(root, 'out.txt'), 'utf8') };
  };


  it('reads and visits every page of a new site, and keeps what was written from them', async () => {
    const first = await build(site('first', '<p>one</p>'));
    expect(first).toMatchObject({ unchanged: false, visited: ['a/index.html', 'index.html'], parsed: ['a/index.html', 'index.html'] });
  });

  it('visits nothing when the pages and inputs are the last build’s, and puts back what it wrote', async () => {
    const root = site('second', '<p>one</p>');
    expect(existsSync(join(root, 'out.txt'))).toBe(false);
    const second = await build(root);
    expect(second.unchanged).toBe(true);
    expect(second.visited).toEqual([]);
    expect(second.out).toBe(readFileSync(join(scratch.dir, 'first', 'out.txt'), 'utf8'));
  });

  it('reads everything again when a page or an input changes, and a visitor parses only the pages it has not seen', async () => {
    expect(await build(site('third', '<p>one word changed</p>'))).toMatchObject({ unchanged: false, visited: ['a/index.html', 'index.html'], parsed: ['a/index.html'] });
    expect((await build(site('fourth', '<p>one word changed</p>'), 'register v2')).unchanged).toBe(false);
    expect((await build(site('fifth', '<p>one word changed</p>'), 'register v2')).unchanged).toBe(true);
  });

  it('shows every page to the visitors when a build asks for it, the site unchanged or not, parsing none it remembers', async () => {
    const again = await build(site('sixth', '<p>one word changed</p>'), 'register v2', true);
    expect(again).toMatchObject({ unchanged: false, visited: ['a/index.html', 'index.html'], parsed: [] });
  });

  it('hands every visitor the pages and their text before any page is visited, and nothing of an unchanged site', async () => {
    const first = await build(site('listened', '<p>listened to</p>'), 'register v3');
    expect(first.events).toEqual([
      'start a/index.html: <p>listened to</p> | index.html: <!doctype html><title>Home</title><a href="a/">A</a>',
      'visit a/index.html',
      'visit index.html',
    ]);
    expect((await build(site('listened-again', '<p>listened to</p>'), 'register v3')).events).toEqual([]);
  });

  it('forgets what the visitors remembered under other code', async () => {
    const stored = join(scratch.cache, 'built-site', 'memo', 'elements.json');
    writeFileSync(stored, JSON.stringify({ ...JSON.parse(readFileSync(stored, 'utf8')), digest: 'the code before' }));
    expect(await build(site('new-code', '<p>listened to, again</p>'), 'register v4')).toMatchObject({ unchanged: false, parsed: ['a/index.html', 'index.html'] });
  });

  it('records a build only once the files being written beside the pages are, and fails with a write that failed', async () => {
    const { builtPages } = await import('./built-pages.ts');
    const pages = builtPages();
    let written = false;
    pages.writing(() => new Promise((resolve) => setTimeout(resolve, 50)).then(() => void (written = true)));
    await pages.record();
    expect(written).toBe(true);
    const failing = builtPages();
    failing.writing(() => Promise.reject(new Error('cite/report.ris: no space left on device')));
    await failing.read(pathToFileURL(`${site('failing-write', '<p>one</p>')}/`));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(failing.record()).rejects.toThrow('cite/report.ris: no space left on device');
  });

  it('keeps only the last passing build’s files', async () => {
    const kept = join(scratch.dir, 'cache', 'built-site');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(kept).filter((entry) => !['last-build.json', 'memo'].includes(entry))).toHaveLength(1);
  });

  it('starts writing the promised files once it has listed and read the site, before any page is visited', async () => {
    const { builtPages } = await import('./built-pages.ts');
    const pages = builtPages();
    const root = site('written-after-reading', '<p>read first</p>');
    const events: string[] = [];
    pages.promise('cite/a.ris');
    pages.writing(async () => {
      events.push('write');
      mkdirSync(join(root, 'cite'), { recursive: true });
      writeFileSync(join(root, 'cite', 'a.ris'), 'TY  - RPRT');
      mkdirSync(join(root, 'b'));
      writeFileSync(join(root, 'b', 'index.html'), '<p>written after the listing, so not read</p>');
    });
    pages.visit({ start: (read) => void events.push(`start ${read.pages.map((page) => page.file).join(' ')}`), page: (page) => void events.push(`visit ${page.file}`) });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual([]);
    const built = await pages.read(pathToFileURL(`${root}/`));
    expect(events).toEqual(['write', 'start a/index.html index.html', 'visit a/index.html', 'visit index.html']);
    expect([...built.files].sort()).toEqual(['a/index.html', 'cite/a.ris', 'index.html']);
    pages.writing(async () => void events.push('a write asked for after the reading'));
    expect(events.at(-1)).toBe('a write asked for after the reading');
    await pages.record();
  });
});
