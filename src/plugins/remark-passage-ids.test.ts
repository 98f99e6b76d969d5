import { describe, expect, it } from 'vitest';
import remarkMdx from 'remark-mdx';
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

describe('remarkPassageIds: ids an editor controls with MDX comments', () => {
  const renderMdx = (markdown: string, frontmatter: Record<string, unknown> = { idPrefix: 'gmg', listItemNoun: 'meeting' }) =>
    renderMarkdown(markdown, { remarkPlugins: [remarkMdx, remarkPassageIds], frontmatter });

  it('gives each numbered list its own noun, so two lists that start at 1 get distinct ids', async () => {
    const html = await renderMdx('Steps:\n\n{/* items: step */}\n1. One\n2. Two\n\nGoals:\n\n{/* items: goal */}\n\n1. Alpha\n2. Beta\n');
    expect([...html.matchAll(/<li id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'gmg-step-1',
      'gmg-step-2',
      'gmg-goal-1',
      'gmg-goal-2',
    ]);
  });

  it('fails on two lists that start at 1, saying how to tell them apart', async () => {
    await expect(renderMdx('1. One\n\nText between.\n\n1. Again\n')).rejects.toThrow(
      /passage id "gmg-meeting-1" is used twice; .*\{\/\* items: noun \*\/\}/,
    );
  });

  it('takes an explicit id before a paragraph and at the start of a list item, rendering no comment', async () => {
    const html = await renderMdx('{/* id: gmg-lead */}\nUN Women took the lead.\n\n1. {/* id: gmg-first */} Understanding large movements\n');
    expect(html).toContain('<p id="gmg-lead">UN Women took the lead.</p>');
    expect(html).toContain('<li id="gmg-first">Understanding large movements</li>');
  });

  it('keeps an old id at the start of its passage as an empty element, the new id staying generated', async () => {
    const html = await renderMdx('{/* also: gmg-un-women-took-the-lead-in */}\nUN Women led the coordination of the drafting.\n');
    expect(html).toBe(
      '<p id="gmg-un-women-led-the-coordination-of"><span id="gmg-un-women-took-the-lead-in" class="passage-alias"></span>UN Women led the coordination of the drafting.</p>',
    );
  });

  it('keeps old ids on a list item given inline', async () => {
    const html = await renderMdx('1. {/* also: gmg-old-one gmg-old-two */} Text\n');
    expect(html).toContain('<li id="gmg-meeting-1"><span id="gmg-old-one" class="passage-alias"></span><span id="gmg-old-two" class="passage-alias"></span>Text</li>');
  });

  it('leaves the editors\' own comments alone', async () => {
    const html = await renderMdx('{/* checked against the PDF */}\nSome words of the report here.\n');
    expect(html).toContain('<p id="gmg-some-words-of-the-report-here">');
  });

  it('checks explicit ids and old ids for shape and uniqueness', async () => {
    await expect(renderMdx('{/* id: other-lead */}\nText.\n')).rejects.toThrow(/id "other-lead" must start with "gmg-"/);
    await expect(renderMdx('{/* id: gmg-Lead */}\nText.\n')).rejects.toThrow(/must start with "gmg-" and be lower-case/);
    await expect(renderMdx('{/* also: Old_Id */}\nText.\n')).rejects.toThrow(/old id "Old_Id" must be lower-case/);
    await expect(renderMdx('{/* id: gmg-same */}\nOne.\n\n{/* id: gmg-same */}\nTwo.\n')).rejects.toThrow(/passage id "gmg-same" is used twice/);
    await expect(renderMdx('{/* also: gmg-meeting-1 */}\nText.\n\n1. Item\n')).rejects.toThrow(/"gmg-meeting-1" is used twice/);
  });

  it('fails on an address comment it cannot read or that stands in the wrong place', async () => {
    await expect(renderMdx('{/* id: gmg-a gmg-b */}\nText.\n')).rejects.toThrow(/cannot read "id: gmg-a gmg-b"/);
    await expect(renderMdx('{/* items: step */}\nText.\n')).rejects.toThrow(/must stand just before a numbered list/);
    await expect(renderMdx('Text {/* id: gmg-x */} more.\n')).rejects.toThrow(/must come first/);
  });
});
