import { describe, expect, it } from 'vitest';
import { remarkPassageIds } from './remark-passage-ids.ts';
import { renderMarkdown } from './render-markdown.test-helper.ts';

const MEETINGS = `The meetings focused on:

1. Understanding large movements
2. Protecting the human rights

Following to the Summit, the GMG hosted two more. These meetings focused on:

6. Migration-Related Commitments
7. Implementation of Commitments to Counter Xenophobia
`;

const render = (markdown: string, frontmatter: Record<string, unknown> = { idPrefix: 'gmg', listItemNoun: 'meeting' }) =>
  renderMarkdown(markdown, { remarkPlugins: [remarkPassageIds], frontmatter });

describe('remarkPassageIds', () => {
  it('numbers list items as printed, continuing across a split list', async () => {
    const html = await render(MEETINGS);
    expect(html).toContain('<li id="gmg-meeting-1">');
    expect(html).toContain('<li id="gmg-meeting-6">');
    expect(html).toContain('<li id="gmg-meeting-7">');
    await expect(html).toMatchFileSnapshot('__snapshots__/remark-passage-ids.meetings.html');
  });

  it('names paragraphs by their first six words under the section prefix', async () => {
    const html = await render('UN Women served as 2016 Chair of the Global Migration Group (GMG).');
    expect(html).toContain('<p id="gmg-un-women-served-as-2016-chair">');
  });

  it('keeps the other ids when one paragraph is edited', async () => {
    const before = await render(`First paragraph of the text here.\n\nSecond paragraph stays as it is.\n\n${MEETINGS}`);
    const after = await render(`An edited opening with other words.\n\nSecond paragraph stays as it is.\n\n${MEETINGS}`);
    const ids = (html: string) => [...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(after).slice(1)).toEqual(ids(before).slice(1));
    expect(ids(after)[0]).not.toEqual(ids(before)[0]);
  });

  it('lengthens an id until it is unique when two passages open alike', async () => {
    const html = await render('UN Women will support and contribute to A.\n\nUN Women will support and contribute to B.');
    expect(html).toContain('id="gmg-un-women-will-support-and-contribute"');
    expect(html).toContain('id="gmg-un-women-will-support-and-contribute-to"');
  });

  it('fails, naming the file, when two passages are identical', async () => {
    await expect(render('Same words.\n\nSame words.')).rejects.toThrow(/example\.mdx.*used twice|used twice/);
  });

  it('prefixes footnote ids with the section so they stay unique on the full report', async () => {
    const html = await render('Title[^1]\n\n[^1]: The views expressed.', { idPrefix: 'title' });
    expect(html).toContain('id="fnref-title-1"');
    expect(html).toContain('id="fn-title-1"');
    expect(html).toContain('>1</a>');
  });

  it('fails the build when a section has no idPrefix', async () => {
    await expect(render('Text.', {})).rejects.toThrow(/idPrefix/);
  });
});
