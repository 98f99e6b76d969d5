import { describe, expect, it } from 'vitest';
import type { SdgEntry } from '../schemas/sdg.ts';
import { remarkPassageIds } from './remark-passage-ids.ts';
import { remarkSdgLinks } from './remark-sdg-links.ts';
import { recordedTips } from '../lib/term-tooltip.ts';
import { renderMarkdownFile } from './render-markdown.test-helper.ts';

const SDGS: SdgEntry[] = [
  { id: 'goal-8', kind: 'goal', number: '8', wording: 'Promote decent work for all', mentions: ['Goal 8'] },
  { id: 'target-8-8', kind: 'target', number: '8.8', wording: 'Protect labour rights', mentions: ['Target 8.8'] },
  { id: 'goal-10', kind: 'goal', number: '10', wording: 'Reduce inequality within and among countries', mentions: ['Goal 10'] },
];

const renderFile = (markdown: string) =>
  renderMarkdownFile(markdown, {
    remarkPlugins: [
      remarkPassageIds,
      [remarkSdgLinks, { entries: SDGS, sdgPath: '/sdg/' }],
    ],
    frontmatter: { idPrefix: 'activities' },
  });
const render = async (markdown: string) => (await renderFile(markdown)).html;

describe('remarkSdgLinks', () => {
  it('links each goal and target the report mentions to the SDG page, with its official wording', async () => {
    const { html, frontmatter } = await renderFile('Goal 8 on work, (with focus on Target 8.8 on labour rights; Goal 10 on inequality.');
    expect(html).toContain(
      '<a class="term__link" href="/sdg/#goal-8" aria-describedby="sdg--goal-8">Goal 8</a>',
    );
    expect(html).toContain('href="/sdg/#target-8-8"');
    expect(html).toContain('href="/sdg/#goal-10"');
    expect(recordedTips(frontmatter)).toContainEqual({ id: 'sdg--target-8-8', text: 'SDG Target 8.8: Protect labour rights.' });
    await expect(html).toMatchFileSnapshot('__snapshots__/remark-sdg-links.html');
  });

  it('links every mention, all described by the one tooltip of the goal', async () => {
    const { html, frontmatter } = await renderFile('Goal 8 and again Goal 8.');
    expect(html.match(/href="\/sdg\/#goal-8"/g)).toHaveLength(2);
    expect(html.match(/aria-describedby="sdg--goal-8"/g)).toHaveLength(2);
    expect(recordedTips(frontmatter)).toEqual([{ id: 'sdg--goal-8', text: 'SDG Goal 8: Promote decent work for all.' }]);
  });

  it('does not take a longer number for a goal it knows', async () => {
    const html = await render('Goal 80 and Target 8.81 are not in the data.');
    expect(html).not.toContain('term__link');
  });

  it('leaves the words as they are', async () => {
    const html = await render('Goal 10 on reducing inequality.');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text.trim()).toBe('Goal 10 on reducing inequality.');
  });
});
