import { describe, expect, it } from 'vitest';
import { rehypePermalinks } from './rehype-permalinks.ts';
import { remarkPassageIds } from './remark-passage-ids.ts';
import { renderMarkdown } from './render-markdown.test-helper.ts';

const render = (markdown: string) =>
  renderMarkdown(markdown, {
    remarkPlugins: [[remarkPassageIds, { prefix: 'eu' }]],
    rehypePlugins: [rehypePermalinks],
  });

describe('rehypePermalinks', () => {
  it('ends every passage with an empty, labelled link to itself', async () => {
    const html = await render('In 2016, UN Women continued its work.\n\n1. First item');
    expect(html).toContain(
      '<p id="eu-in-2016-un-women-continued-its" class="passage">In 2016, UN Women continued its work.<a class="permalink" href="#eu-in-2016-un-women-continued-its" aria-label="Link to passage eu-in-2016-un-women-continued-its" data-pagefind-ignore=""></a></p>',
    );
    expect(html).toContain('<li id="eu-item-1" class="passage">First item<a class="permalink" href="#eu-item-1"');
    await expect(html).toMatchFileSnapshot('__snapshots__/rehype-permalinks.html');
  });

  it('adds no words to the text', async () => {
    const html = await render('Anchored in three pilot countries.');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text.trim()).toBe('Anchored in three pilot countries.');
  });

  it('leaves footnotes to their own back-links', async () => {
    const html = await render('Title[^1]\n\n[^1]: The views expressed.');
    const footnotes = html.slice(html.indexOf('<section'));
    expect(footnotes).not.toContain('class="permalink"');
    expect(footnotes).toContain('data-footnote-backref');
  });

  it('leaves elements without an id alone', async () => {
    const html = await renderMarkdown('> quoted', { rehypePlugins: [rehypePermalinks] });
    expect(html).not.toContain('permalink');
  });
});
