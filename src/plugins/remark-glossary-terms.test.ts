import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { remarkGlossaryTerms } from './remark-glossary-terms.ts';
import { remarkPassageIds } from './remark-passage-ids.ts';
import { recordedTips } from '../lib/term-tooltip.ts';
import { renderMarkdown, renderMarkdownFile } from './render-markdown.test-helper.ts';

function entry(id: string, fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'term' | 'expansion'>): GlossaryEntry {
  return { id, description: 'Our description of it.', acronyms: [], mentions: [], crossReference: false, ...fields };
}

const GLOSSARY = [
  entry('gmg', { term: 'GMG', expansion: 'Global Migration Group', acronyms: ['GMG'], mentions: ['Global Migration Group'] }),
  entry('un', { term: 'UN', expansion: 'United Nations', acronyms: ['UN'] }),
  entry('un-women', { term: 'UN Women', expansion: 'United Nations Entity for Gender Equality and the Empowerment of Women', acronyms: ['UN Women'] }),
  entry('csw', { term: 'CSW', expansion: 'Commission on the Status of Women', acronyms: ['CSW61', 'CSW'] }),
];

const renderFile = (markdown: string, path?: string) =>
  renderMarkdownFile(markdown, {
    remarkPlugins: [
      remarkPassageIds,
      [remarkGlossaryTerms, { entries: GLOSSARY, glossaryPath: '/un-women-15cm/glossary/' }],
    ],
    frontmatter: { idPrefix: 'gmg', listItemNoun: 'meeting' },
    ...(path === undefined ? {} : { path }),
  });
const render = async (markdown: string, path?: string) => (await renderFile(markdown, path)).html;

/** What a text browser reads: every text node. */
const textNodes = (html: string) => html.replace(/<[^>]+>/g, '');

describe('remarkGlossaryTerms', () => {
  it('links an acronym to its glossary entry, described by a tooltip kept out of the text', async () => {
    const { html, frontmatter } = await renderFile('UN Women served as 2016 Chair of the Global Migration Group (GMG).');
    expect(html).toContain(
      '(<a class="term__link" href="/un-women-15cm/glossary/#term-gmg" aria-describedby="tip--gmg">GMG</a>).',
    );
    expect(html).not.toContain('role="tooltip"');
    expect(recordedTips(frontmatter)).toEqual([
      { id: 'tip--un-women', text: 'United Nations Entity for Gender Equality and the Empowerment of Women' },
      { id: 'tip--gmg', text: 'Global Migration Group' },
    ]);
    await expect(html).toMatchFileSnapshot('__snapshots__/remark-glossary-terms.html');
  });

  it('prefers the longest acronym and marks the first use in each passage only', async () => {
    const html = await render('UN Women and the UN. The GMG, the GMG and UN Women.\n\nThe GMG again, at CSW61 and with CSW members.');
    expect(html.match(/href="[^"]*#term-un-women"/g)).toHaveLength(1);
    expect(html.match(/href="[^"]*#term-un"/g)).toHaveLength(1);
    expect(html.match(/href="[^"]*#term-gmg"/g)).toHaveLength(2);
    expect(html).toContain('>CSW61</a>');
    expect(html).not.toContain('>CSW</a>');
  });

  it('marks list items as passages of their own', async () => {
    const html = await render('The GMG met:\n\n1. The GMG and the UN\n2. The GMG again');
    expect(html).toContain('<li id="gmg-meeting-1">The <a class="term__link" href="/un-women-15cm/glossary/#term-gmg"');
    expect(html).toContain('<li id="gmg-meeting-2">The <a class="term__link" href="/un-women-15cm/glossary/#term-gmg"');
  });

  it('adds not one word to the text: every text node is the report\'s', async () => {
    const markdown = "UN Women's work with the GMG, the *UN* system and CSW61.";
    const plain = await renderMarkdown(markdown, { remarkPlugins: [remarkPassageIds], frontmatter: { idPrefix: 'gmg' } });
    const html = await render(markdown);
    expect(html.match(/class="term__link"/g)).toHaveLength(4);
    expect(textNodes(html)).toBe(textNodes(plain));
  });

  it('points every use of a term at the one tooltip of that term, recorded once', async () => {
    const { html, frontmatter } = await renderFile('The GMG.\n\nThe GMG and the UN.\n\n1. The GMG');
    const described = [...html.matchAll(/aria-describedby="([^"]*)"/g)].map((match) => match[1]);
    expect(described).toEqual(['tip--gmg', 'tip--gmg', 'tip--un', 'tip--gmg']);
    expect(recordedTips(frontmatter).map((tip) => tip.id)).toEqual(['tip--gmg', 'tip--un']);
  });

  it('records no tooltip for a text without terms', async () => {
    expect(recordedTips((await renderFile('Nothing to explain here.')).frontmatter)).toEqual([]);
  });

  it('leaves acronyms inside links alone', async () => {
    const html = await render('See [the GMG site](https://example.org/) of the GMG.');
    expect(html).toContain('<a href="https://example.org/">the GMG site</a>');
    expect(html.match(/class="term__link"/g)).toHaveLength(1);
  });

  it('fails the build on an acronym missing from the glossary, naming file, line and token', async () => {
    await expect(render('The GMG.\n\nBriefings to the XYZ experts.', 'content/sections/eu-un-women-project.mdx')).rejects.toThrow(
      /content\/sections\/eu-un-women-project\.mdx:3:18: "XYZ" looks like an acronym but has no entry in content\/glossary\.yaml/,
    );
  });

  it('treats three or more words in capitals as a printed heading, not acronyms', async () => {
    const html = await render('FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION\n\n# CONTRIBUTION TO THE MEETING');
    expect(html).not.toContain('class="term__link"');
  });

  it('still checks acronyms that stand apart from words in capitals', async () => {
    await expect(render('A MEETING OF THE UN, NATO and GMG')).rejects.toThrow(/"NATO"/);
  });
});
