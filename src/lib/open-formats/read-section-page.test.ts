import { describe, expect, it } from 'vitest';
import { reportMarkdown, reportText } from './formats.ts';
import { readSectionPage } from './read-section-page.ts';

const page = (article: string, head = '<link rel="canonical" href="https://x.org/s/">') =>
  `<!doctype html><html><head>${head}<meta name="description" content="Ours."></head><body>
  <nav><a href="/">Home</a></nav>${article}<footer>Footer</footer></body></html>`;

const ARTICLE = `<article class="report-text" data-section-order="3" data-section-label="A.1" data-section-title="Chair" data-section-depth="2">
<h1 id="s" class="section-heading passage"><span class="section-heading__label">1.</span> Chair<a class="permalink" href="#s"></a></h1>
<p id="p-one" class="passage"><span class="term"><a href="/glossary/#gmg">GMG</a><span class="term__tip" hidden data-apparatus>Global Migration Group</span></span> met *twice* in <em>New York</em><sup><a href="#fn-p-1" id="fnref-p-1" data-footnote-ref>1</a></sup>.<a class="permalink" href="#p-one"></a></p>
<ol start="6">
<li id="p-item-6" class="passage">Sixth <a href="https://example.org/">link</a><a class="permalink" href="#p-item-6"></a>
<ul><li id="p-nested" class="passage">Nested</li></ul></li>
<li id="p-item-7" class="passage">Seventh</li>
</ol>
<section data-footnotes class="footnotes"><h2 id="footnote-label">Footnotes</h2>
<ol><li id="fn-p-1"><p>A note. <a href="#fnref-p-1" data-footnote-backref>↩</a></p></li></ol></section>
</article>`;

describe('readSectionPage', () => {
  it('reads the passages in order, without the edition’s own elements', () => {
    const section = readSectionPage('s/index.html', page(ARTICLE));
    expect(section).toMatchObject({ slug: 's', url: 'https://x.org/s/', order: 3, label: 'A.1', title: 'Chair', depth: 2, description: 'Ours.' });
    expect(section?.passages).toEqual([
      { id: 's', kind: 'heading', text: '1. Chair' },
      { id: 'p-one', kind: 'paragraph', text: 'GMG met *twice* in New York¹.' },
      { id: 'p-item-6', kind: 'list-item', number: 6, text: 'Sixth link' },
      { id: 'p-nested', kind: 'list-item', text: 'Nested' },
      { id: 'p-item-7', kind: 'list-item', number: 7, text: 'Seventh' },
      { id: 'fn-p-1', kind: 'footnote', number: 1, text: 'A note.' },
    ]);
  });

  it('writes Markdown with an anchor per passage, escaped text, the list numbers and the footnote', () => {
    const section = readSectionPage('s/index.html', page(ARTICLE))!;
    const markdown = reportMarkdown([section], 'https://x.org/');
    expect(markdown.split('---\n\n')[1]).toBe(
      [
        '### <a id="s"></a>1. Chair',
        '',
        '<a id="p-one"></a>GMG met \\*twice\\* in *New York*[^p-1].',
        '',
        '6. <a id="p-item-6"></a>Sixth [link](https://example.org/)',
        '   - <a id="p-nested"></a>Nested',
        '7. <a id="p-item-7"></a>Seventh',
        '',
        '[^p-1]: <a id="fn-p-1"></a>A note.',
        '',
      ].join('\n'),
    );
    expect(reportText([section])).toContain('[https://x.org/s/#p-item-7]\n7. Seventh\n\n[https://x.org/s/#fn-p-1]\n¹ A note.\n');
  });

  it('writes a report of several sections with one blank line between them, as if written at once', () => {
    const first = readSectionPage('s/index.html', page(ARTICLE))!;
    const next = readSectionPage('t/index.html', page(ARTICLE.replace('data-section-order="3"', 'data-section-order="4"').replaceAll('id="', 'id="t-')))!;
    const body = reportMarkdown([first, next], 'https://x.org/').split('---\n\n')[1]!;
    expect(body).toBe(`${first.markdown}\n${next.markdown}`);
    expect(body).toContain('[^p-1]: <a id="fn-p-1"></a>A note.\n\n### <a id="t-s"></a>1. Chair\n');
    expect(body.endsWith('A note.\n')).toBe(true);
  });

  it('ignores pages that are not one section, and names a section page without a canonical URL', () => {
    expect(readSectionPage('index.html', page('<article class="report-text"><p id="x" class="passage">X</p></article>'))).toBeUndefined();
    expect(() => readSectionPage('s/index.html', page(ARTICLE, ''))).toThrow(/s\/index.html.*canonical/);
  });
});
