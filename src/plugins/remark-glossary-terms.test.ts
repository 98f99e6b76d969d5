import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { remarkGlossaryTerms } from './remark-glossary-terms.ts';
import { remarkPassageIds } from './remark-passage-ids.ts';
import { renderMarkdown } from './render-markdown.test-helper.ts';

function entry(id: string, fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'term' | 'expansion'>): GlossaryEntry {
  return { id, description: 'Our description of it.', acronyms: [], mentions: [], crossReference: false, ...fields };
}

const GLOSSARY = [
  entry('gmg', { term: 'GMG', expansion: 'Global Migration Group', acronyms: ['GMG'], mentions: ['Global Migration Group'] }),
  entry('un', { term: 'UN', expansion: 'United Nations', acronyms: ['UN'] }),
  entry('un-women', { term: 'UN Women', expansion: 'United Nations Entity for Gender Equality and the Empowerment of Women', acronyms: ['UN Women'] }),
  entry('csw', { term: 'CSW', expansion: 'Commission on the Status of Women', acronyms: ['CSW61', 'CSW'] }),
];

const render = (markdown: string, path?: string) =>
  renderMarkdown(markdown, {
    remarkPlugins: [
      remarkPassageIds,
      [remarkGlossaryTerms, { entries: GLOSSARY, glossaryPath: '/un-women-15cm/glossary/' }],
    ],
    frontmatter: { idPrefix: 'gmg', listItemNoun: 'meeting' },
    ...(path === undefined ? {} : { path }),
  });

/** What a reader copies: the page without our tooltips, and without tags. */
const readerText = (html: string) => html.replace(/<span class="term__tip"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');

describe('remarkGlossaryTerms', () => {
  it('links an acronym to its glossary entry with a tooltip that describes it', async () => {
    const html = await render('UN Women served as 2016 Chair of the Global Migration Group (GMG).');
    expect(html).toContain(
      '<span class="term"><a class="term__link" href="/un-women-15cm/glossary/#term-gmg" aria-describedby="gmg--tip-2">GMG</a>' +
        '<span class="term__tip" role="tooltip" id="gmg--tip-2" hidden data-apparatus="" data-pagefind-ignore="">Global Migration Group</span></span>',
    );
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
    expect(html).toContain('<li id="gmg-meeting-1">The <span class="term"><a class="term__link" href="/un-women-15cm/glossary/#term-gmg"');
    expect(html).toContain('<li id="gmg-meeting-2">The <span class="term"><a class="term__link" href="/un-women-15cm/glossary/#term-gmg"');
  });

  it('changes none of the words a reader sees or copies', async () => {
    const markdown = "UN Women's work with the GMG, the *UN* system and CSW61.";
    const plain = await renderMarkdown(markdown, { remarkPlugins: [remarkPassageIds], frontmatter: { idPrefix: 'gmg' } });
    expect(readerText(await render(markdown))).toBe(readerText(plain));
  });

  it('gives each tooltip an id unique across the sections of the full report', async () => {
    const html = await render('The GMG.\n\nThe GMG and the UN.');
    const ids = [...html.matchAll(/ id="([^"]*--tip-[^"]*)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['gmg--tip-1', 'gmg--tip-2', 'gmg--tip-3']);
  });

  it('leaves acronyms inside links alone', async () => {
    const html = await render('See [the GMG site](https://example.org/) of the GMG.');
    expect(html).toContain('<a href="https://example.org/">the GMG site</a>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });

  it('fails the build on an acronym missing from the glossary, naming file, line and token', async () => {
    await expect(render('The GMG.\n\nBriefings to the XYZ experts.', 'content/sections/eu-un-women-project.mdx')).rejects.toThrow(
      /content\/sections\/eu-un-women-project\.mdx:3:18: "XYZ" looks like an acronym but has no entry in content\/glossary\.yaml/,
    );
  });

  it('treats three or more words in capitals as a printed heading, not acronyms', async () => {
    const html = await render('FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION\n\n# CONTRIBUTION TO THE MEETING');
    expect(html).not.toContain('class="term"');
  });

  it('still checks acronyms that stand apart from words in capitals', async () => {
    await expect(render('A MEETING OF THE UN, NATO and GMG')).rejects.toThrow(/"NATO"/);
  });
});
