import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  checkPages,
  formatProblems,
  pageChecker,
  unneededAllowances,
  type BuiltPage,
  type CheckOptions,
  type PageRecord,
} from './check-pages.ts';

const SITE = 'https://edition.example.org';

function html(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
}

/** A small site as `astro build` would emit it, under `base`, with one stylesheet and a favicon. */
function site(base: string, extraPages: BuiltPage[] = []) {
  const pages: BuiltPage[] = [
    {
      file: 'index.html',
      html: html(
        `<a href="${base}">Home</a><a href="${base}part-a/">Part A</a><a href="${base}part-a/#a-item-2">Item 2</a>`,
        `<link rel="stylesheet" href="${base}_astro/site.css"><link rel="icon" href="${base}favicon.svg">`,
      ),
    },
    {
      file: 'part-a/index.html',
      html: html(
        `<a class="skip" href="#main">Skip</a><main id="main"><article data-source="content/sections/part-a.mdx">` +
          `<h1 id="part-a">A</h1><ol><li id="a-item-1">One</li><li id="a-item-2">Two</li></ol>` +
          `<a href="../">Up</a><a href="${SITE}${base}part-a/">Canonical</a></article></main>`,
        `<link rel="canonical" href="${SITE}${base}part-a/">`,
      ),
    },
    { file: '404.html', html: html(`<a href="${base}">Home</a>`) },
    ...extraPages,
  ];
  const files = new Set([...pages.map((page) => page.file), '_astro/site.css', 'favicon.svg']);
  const options: CheckOptions = { site: SITE, base, files };
  return { pages, options };
}

function withPage(base: string, body: string): ReturnType<typeof site> {
  return site(base, [
    { file: 'part-b/index.html', html: html(`<article data-source="content/sections/part-b.mdx">${body}</article>`) },
  ]);
}

describe('checkPages', () => {
  it.each(['/', '/un-women-15cm/'])('finds nothing wrong with a sound site under base %s', (base) => {
    const { pages, options } = site(base);
    expect(checkPages(pages, options)).toEqual([]);
  });

  it('reports a link to a page that was not built, naming the content file and the link', () => {
    const { pages, options } = withPage('/', '<p>See <a href="../no-such-page/">the missing part</a>.</p>');
    expect(checkPages(pages, options)).toEqual([
      {
        page: '/part-b/',
        source: 'content/sections/part-b.mdx',
        message:
          'link "the missing part" (href="../no-such-page/") points to /no-such-page/, which is not in the built site',
      },
    ]);
  });

  it('reports a fragment with no element to land on, on another page and on the same page', () => {
    const { pages, options } = withPage(
      '/',
      '<a href="/part-a/#a-item-9">nine</a><a href="#nowhere">here</a><a id="x" href="#x">ok</a>',
    );
    const problems = checkPages(pages, options);
    expect(problems.map((problem) => problem.message)).toEqual([
      'link "nine" (href="/part-a/#a-item-9") points to #a-item-9, but /part-a/ has no element with that id',
      'link "here" (href="#nowhere") points to #nowhere, but /part-b/ has no element with that id',
    ]);
    expect(problems.every((problem) => problem.source === 'content/sections/part-b.mdx')).toBe(true);
  });

  it('checks a fragment on a page that is read later, and takes the pages as any iterable', () => {
    const { pages, options } = site('/');
    const [home, ...rest] = pages;
    const linking = {
      file: 'index.html',
      html: html('<a href="part-a/#a-item-7">seven</a><a href="part-a/#a-item-1">one</a>'),
    };
    function* lazily() {
      yield linking;
      yield* rest;
    }
    expect(home?.file).toBe('index.html');
    expect(checkPages(lazily(), options)).toEqual([
      {
        page: '/',
        message: 'link "seven" (href="part-a/#a-item-7") points to #a-item-7, but /part-a/ has no element with that id',
      },
    ]);
  });

  it('accepts <a name> anchors, an empty fragment and text fragments', () => {
    const { pages, options } = withPage(
      '/',
      '<a name="old-anchor"></a><a href="#old-anchor">a</a><a href="#">top</a><a href="#:~:text=Two">t</a>',
    );
    expect(checkPages(pages, options)).toEqual([]);
  });

  it('decodes percent-encoded paths and fragments before looking them up', () => {
    const { pages, options } = withPage('/', '<h2 id="état">É</h2><a href="#%C3%A9tat">encoded</a>');
    expect(checkPages(pages, options)).toEqual([]);
  });

  it('reports every duplicate id once, with the files its elements came from', () => {
    const { pages, options } = withPage(
      '/',
      '<p id="main">clash with the layout</p><p id="twice">a</p><p id="twice">b</p><p id="twice">c</p>',
    );
    const problems = checkPages(pages, options).filter((problem) => problem.page === '/part-b/');
    expect(problems).toEqual([
      {
        page: '/part-b/',
        source: 'content/sections/part-b.mdx',
        message: 'id "twice" is used 3 times (from content/sections/part-b.mdx)',
      },
    ]);
    const layoutClash = withPage('/', '<p id="part-b-intro">fine</p>');
    layoutClash.pages[3] = {
      file: 'part-b/index.html',
      html: html(
        '<main id="main"><article data-source="content/sections/part-b.mdx"><p id="main">x</p></article></main>',
      ),
    };
    expect(checkPages(layoutClash.pages, layoutClash.options).map((problem) => problem.message)).toEqual([
      'id "main" is used 2 times (from the page template and content/sections/part-b.mdx)',
    ]);
  });

  it('says when a page link lacks its trailing slash', () => {
    const { pages, options } = withPage('/', '<a href="/part-a">A</a>');
    expect(checkPages(pages, options)[0]?.message).toBe(
      'link "A" (href="/part-a") points to /part-a, which is not in the built site (the page is /part-a/, with a trailing slash)',
    );
  });

  it('under a sub-path base, reports root-relative links that forgot the base', () => {
    const { pages, options } = withPage(
      '/un-women-15cm/',
      '<a href="/part-a/">A</a><a href="../part-a/#a-item-1">ok</a>',
    );
    expect(checkPages(pages, options).map((problem) => problem.message)).toEqual([
      'link "A" (href="/part-a/") points to /part-a/, outside the site\'s base /un-women-15cm/',
    ]);
  });

  it('checks absolute links to the site origin but leaves other origins and schemes alone', () => {
    const { pages, options } = withPage(
      '/',
      `<a href="${SITE}/gone/">gone</a><a href="https://www.unwomen.org/x">UN Women</a><a href="mailto:a@b.org">mail</a><a href="tel:+1">tel</a><img alt="" src="data:image/gif;base64,R0lGOD">`,
    );
    expect(checkPages(pages, options).map((problem) => problem.message)).toEqual([
      `link "gone" (href="${SITE}/gone/") points to /gone/, which is not in the built site`,
    ]);
  });

  it('checks scripts, images, srcset candidates and form actions too', () => {
    const { pages, options } = withPage(
      '/',
      '<script src="/_astro/gone.js"></script><img alt="x" src="/favicon.svg" srcset="/favicon.svg 1x, /big.png 2x"><form action="/search/"><button>Go</button></form>',
    );
    expect(checkPages(pages, options).map((problem) => problem.message)).toEqual([
      '<script> (src="/_astro/gone.js") points to /_astro/gone.js, which is not in the built site',
      '<img> (srcset="/big.png") points to /big.png, which is not in the built site',
      '<form> "Go" (action="/search/") points to /search/, which is not in the built site',
    ]);
  });

  it('lets allowMissing paths through, and says which allowances are no longer needed', () => {
    const { pages, options } = withPage('/', '<a href="/search/?q=x">search</a>');
    const allowing = { ...options, allowMissing: ['search/', 'part-a/'] };
    expect(checkPages(pages, allowing)).toEqual([]);
    expect(unneededAllowances(allowing)).toEqual(['part-a/']);
  });

  it('names the page when the offending markup comes from a template, not a content file', () => {
    const { pages, options } = site('/', [
      { file: 'extra/index.html', html: html('<nav><a href="/nope/">Nope</a></nav>') },
    ]);
    expect(checkPages(pages, options)).toEqual([
      { page: '/extra/', message: 'link "Nope" (href="/nope/") points to /nope/, which is not in the built site' },
    ]);
  });

  it('uses the aria-label of a link with no text', () => {
    const { pages, options } = withPage(
      '/',
      '<a class="permalink" href="#gone" aria-label="Link to passage gone"></a>',
    );
    expect(checkPages(pages, options)[0]?.message).toContain('link "Link to passage gone" (href="#gone")');
  });
});

describe('formatProblems', () => {
  it('lists one line per problem, file first', () => {
    expect(
      formatProblems([
        { page: '/part-b/', source: 'content/sections/part-b.mdx', message: 'id "x" is used 2 times' },
        { page: '/404.html', message: 'link "y" is broken' },
      ]),
    ).toBe(
      [
        '[content-checks] 2 problems with links or ids in the built site:',
        '  - content/sections/part-b.mdx (on /part-b/): id "x" is used 2 times',
        '  - page template of /404.html: link "y" is broken',
      ].join('\n'),
    );
  });
});

describe('checkPages: what each page offers the register of addresses', () => {
  it('reports, page by page, the passages of the [data-passages] part, its source and where an old page forwards', () => {
    const pages: BuiltPage[] = [
      {
        file: 'part-a/index.html',
        html: html(
          `<main id="main"><p id="retired-one" class="retired-note" hidden>Note</p>` +
            `<article data-source="content/sections/part-a.mdx" data-passages><h1 id="part-a" class="passage">A</h1>` +
            `<p id="a-one" class="passage"><span id="a-old" class="passage-alias"></span>One<sup><a id="fnref-a-1" href="#fn-a-1" data-footnote-ref>1</a></sup></p>` +
            `<span id="a--tip-1">tip</span><section data-footnotes><ol><li id="fn-a-1">Note</li></ol></section></article></main>`,
        ),
      },
      { file: 'old-a/index.html', html: html('<main id="main"><a href="/base/part-a/" data-moved-to>moved</a></main>') },
    ];
    const summaries: { file: string; passages: string[]; source?: string; movedTo?: string; anchors: ReadonlySet<string> }[] = [];
    const files = new Set(pages.map((page) => page.file));
    checkPages(pages, { site: SITE, base: '/base/', files, onPage: (summary) => summaries.push(summary) });
    expect(summaries.map(({ anchors: _anchors, ...rest }) => rest)).toEqual([
      { file: 'part-a/index.html', url: '/base/part-a/', passages: ['part-a', 'a-one', 'fnref-a-1', 'fn-a-1'], source: 'content/sections/part-a.mdx' },
      { file: 'old-a/index.html', url: '/base/old-a/', passages: [], movedTo: '/base/part-a/' },
    ]);
    expect([...(summaries[0]?.anchors ?? [])]).toEqual(expect.arrayContaining(['retired-one', 'a-old', 'a--tip-1', 'main']));
  });
});

describe('pageChecker with a memo of page records', () => {
  /** Checks the pages as the shared pass does, counting the pages it had to parse. */
  const run = (pages: BuiltPage[], options: CheckOptions, memo: Map<string, PageRecord>) => {
    const parsed: string[] = [];
    const summaries: string[][] = [];
    const checker = pageChecker({ ...options, memo, onPage: (summary) => void summaries.push([...summary.anchors]) });
    for (const page of pages) {
      const hash = createHash('sha256').update(page.html).digest('hex');
      checker.page(page.file, () => (parsed.push(page.file), parse(page.html)), hash);
    }
    return { problems: checker.problems(), parsed, summaries };
  };

  it('finds the same problems and anchors from the records as from the pages, parsing only pages it has no record of', () => {
    const { pages, options } = withPage('/', '<p id="x">One</p><p id="x">Two</p><a href="/part-a/#missing">Gone</a><a href="#nowhere">Here</a>');
    const memo = new Map<string, PageRecord>();
    const first = run(pages, options, memo);
    expect(first.problems.length).toBe(3);
    expect(first.parsed).toHaveLength(pages.length);
    const second = run(pages, options, memo);
    expect(second.parsed).toEqual([]);
    expect(second.problems).toEqual(first.problems);
    expect(second.summaries).toEqual(first.summaries);
    // Against another set of files a record no longer holds: the page is checked again.
    const third = run(pages, { ...options, files: new Set([...options.files, 'new.html']) }, memo);
    expect(third.parsed).toHaveLength(pages.length);
  });
});
