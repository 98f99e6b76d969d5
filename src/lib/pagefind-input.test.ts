import { describe, expect, it } from 'vitest';
import { indexedPart, markedForIndexing } from './pagefind-input.ts';

const page = (head: string, main: string, after = '') =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body><header><nav><a href="/">Contents</a></nav></header>${main}${after}<footer>UN Women</footer></body></html>`;

const MAIN = '<main id="main" data-pagefind-meta="section:A.1"><article data-pagefind-body><h1>Chair</h1><p>Text.</p></article></main>';

describe('markedForIndexing', () => {
  it('finds the attribute, not words that merely begin like it', () => {
    expect(markedForIndexing(page('', MAIN))).toBe(true);
    expect(markedForIndexing('<p data-pagefind-body-like>x</p>')).toBe(false);
    expect(markedForIndexing('<p>x</p>')).toBe(false);
  });
});

describe('indexedPart', () => {
  it('keeps the html start tag and the main element, and drops the head, header and footer', () => {
    const part = indexedPart(page('<title>Chair</title><meta name="description" content="d">', MAIN));
    expect(part).toBe(`<!DOCTYPE html><html lang="en"><body>${MAIN}</body></html>`);
  });

  it('gives the whole page when a data-pagefind attribute lies outside main', () => {
    const inHead = page('<meta data-pagefind-meta="image[content]" content="/og.png">', MAIN);
    const after = page('', MAIN, '<aside data-pagefind-filter="part:A">A</aside>');
    expect(indexedPart(inHead)).toBe(inHead);
    expect(indexedPart(after)).toBe(after);
  });

  it('gives the whole page when it has no main, two, or no html element', () => {
    const none = page('', '<article data-pagefind-body><p>Text.</p></article>');
    const two = page('', `${MAIN}<main>again</main>`);
    const bare = '<body><main><article data-pagefind-body>x</article></main></body>';
    for (const html of [none, two, bare]) expect(indexedPart(html)).toBe(html);
  });

  it("cuts main to its start tag and its article when the rest of it is nothing Pagefind reads", () => {
    const main = (before: string, after: string) =>
      `<main id="main" data-pagefind-meta="section:A &gt; 1">${before}<article data-pagefind-body><h1>Chair</h1><p>Text.</p></article>${after}</main>`;
    const apparatus = main('<nav>Home</nav>', '<div class="term-tips" data-pagefind-ignore>UN</div><nav><a href="/b/">Next</a></nav>');
    expect(indexedPart(page('', apparatus))).toBe(
      '<!DOCTYPE html><html lang="en"><body><main id="main" data-pagefind-meta="section:A &gt; 1"><article data-pagefind-body><h1>Chair</h1><p>Text.</p></article></main></body></html>',
    );
    // A `>` inside an attribute value does not end the start tag.
    const quoted = '<main data-pagefind-meta="section:A > 1"><nav>x</nav><article data-pagefind-body>T</article></main>';
    expect(indexedPart(page('', quoted))).toBe('<!DOCTYPE html><html lang="en"><body><main data-pagefind-meta="section:A > 1"><article data-pagefind-body>T</article></main></body></html>');
  });

  it('keeps main whole when another of its elements carries what Pagefind reads, or it has two articles or none', () => {
    const filtered = '<main><aside data-pagefind-filter="part:A">A</aside><article data-pagefind-body>T</article></main>';
    const metaAfter = '<main><article data-pagefind-body>T</article><p data-pagefind-meta="x">y</p></main>';
    const two = '<main><article data-pagefind-body>T</article><article>U</article></main>';
    const none = '<main data-pagefind-body><p>T</p><nav>n</nav></main>';
    for (const main of [filtered, metaAfter, two, none]) expect(indexedPart(page('', main))).toBe(`<!DOCTYPE html><html lang="en"><body>${main}</body></html>`);
  });

  it('does not take a longer tag name for main', () => {
    const html = page('', '<mainly data-pagefind-body>x</mainly>');
    expect(indexedPart(html)).toBe(html);
  });
});
