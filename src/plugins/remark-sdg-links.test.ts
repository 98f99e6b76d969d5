import { describe, expect, it } from 'vitest';
import type { SdgEntry } from '../schemas/sdg.ts';
import { remarkPassageIds } from './remark-passage-ids.ts';
import { remarkSdgLinks } from './remark-sdg-links.ts';
import { renderMarkdown } from './render-markdown.test-helper.ts';

const SDGS: SdgEntry[] = [
  { id: 'goal-8', kind: 'goal', number: '8', wording: 'Promote decent work for all', mentions: ['Goal 8'] },
  { id: 'target-8-8', kind: 'target', number: '8.8', wording: 'Protect labour rights', mentions: ['Target 8.8'] },
  { id: 'goal-10', kind: 'goal', number: '10', wording: 'Reduce inequality within and among countries', mentions: ['Goal 10'] },
];

const render = (markdown: string) =>
  renderMarkdown(markdown, {
    remarkPlugins: [
      remarkPassageIds,
      [remarkSdgLinks, { entries: SDGS, sdgPath: '/sdg/' }],
    ],
    frontmatter: { idPrefix: 'activities' },
  });

describe('remarkSdgLinks', () => {
  it('links each goal and target the report mentions to the SDG page, with its official wording', async () => {
    const html = await render('Goal 8 on work, (with focus on Target 8.8 on labour rights; Goal 10 on inequality.');
    expect(html).toContain('<a class="term__link" href="/sdg/#goal-8" aria-describedby="activities--sdg-1">Goal 8</a>');
    expect(html).toContain('href="/sdg/#target-8-8"');
    expect(html).toContain('href="/sdg/#goal-10"');
    expect(html).toContain('>SDG Target 8.8: Protect labour rights.</span>');
    await expect(html).toMatchFileSnapshot('__snapshots__/remark-sdg-links.html');
  });

  it('links every mention, each with its own tooltip id', async () => {
    const html = await render('Goal 8 and again Goal 8.');
    expect(html.match(/href="\/sdg\/#goal-8"/g)).toHaveLength(2);
    const ids = [...html.matchAll(/ id="([^"]+--sdg-[^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['activities--sdg-1', 'activities--sdg-2']);
  });

  it('does not take a longer number for a goal it knows', async () => {
    const html = await render('Goal 80 and Target 8.81 are not in the data.');
    expect(html).not.toContain('term__link');
  });

  it('leaves the words as they are', async () => {
    const html = await render('Goal 10 on reducing inequality.');
    const text = html.replace(/<span class="term__tip"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
    expect(text.trim()).toBe('Goal 10 on reducing inequality.');
  });
});
