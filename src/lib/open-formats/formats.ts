import { stringify } from 'yaml';
import { REPORT } from '../report.ts';
import { FILES } from './files.ts';
import { superscript, type SectionText, type TextPassage } from './read-section-page.ts';

/**
 * The report in open formats, written from the sections read back from the built pages
 * (`read-section-page.ts`): Markdown, plain text, JSON with its schema, and llms.txt. Each takes the
 * sections in reading order and the site's home URL (absolute, base included).
 */

/** Version of the passages.json format; raised when a field is removed or changes meaning. */
export const PASSAGES_VERSION = 1;

const passageUrl = (section: SectionText, passage: TextPassage): string => `${section.url}#${passage.id}`;

/**
 * The report as Markdown (CommonMark with GFM footnotes). Each passage opens with an inline
 * `<a id="..."></a>` anchor carrying its id: raw inline HTML is part of CommonMark, so the ids work
 * in any renderer and stay invisible, where `{#id}` attributes are Pandoc's and kramdown's alone
 * (and would show as text elsewhere). The front matter holds the document's facts, apart from its text.
 */
export function reportMarkdown(sections: SectionText[], homeUrl: string): string {
  const frontMatter = stringify({
    title: REPORT.title,
    symbol: REPORT.symbol,
    date: REPORT.isoDate,
    author: REPORT.authorFull,
    meeting: `${REPORT.meeting}, ${REPORT.meetingPlace}, ${REPORT.meetingDates}`,
    source: homeUrl,
  }, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${sections.map((section) => section.markdown).join('\n')}`;
}

/** The words of one passage as printed: numbered items and footnotes with their number. */
function printed(passage: TextPassage): string {
  if (passage.kind === 'list-item' && passage.number !== undefined) return `${passage.number}. ${passage.text}`;
  if (passage.kind === 'footnote' && passage.number !== undefined) return `${superscript(String(passage.number))} ${passage.text}`;
  return passage.text;
}

/**
 * The report as plain text: each passage a block of its own words, preceded by its address in
 * square brackets on a line of its own, so the lines of text hold the report's words alone.
 */
export function reportText(sections: SectionText[]): string {
  return sections
    .flatMap((section) => section.passages.map((passage) => `[${passageUrl(section, passage)}]\n${printed(passage)}\n`))
    .join('\n');
}

/** The machine-readable edition; its shape is `public/passages.schema.json`. */
export function passagesJson(sections: SectionText[], homeUrl: string): string {
  const sectionOf = (section: SectionText) => ({ id: section.slug, label: section.label ?? null, title: section.title });
  return `${JSON.stringify(
    {
      $schema: new URL(FILES.schema, homeUrl).href,
      version: PASSAGES_VERSION,
      document: {
        symbol: REPORT.symbol,
        title: REPORT.title,
        date: REPORT.isoDate,
        language: 'en',
        author: { name: REPORT.author, fullName: REPORT.authorFull },
        meeting: {
          name: REPORT.meeting,
          place: REPORT.meetingPlace,
          startDate: REPORT.meetingStart,
          endDate: REPORT.meetingEnd,
          organiser: REPORT.organiser,
        },
      },
      edition: { url: homeUrl },
      sections: sections.map((section) => ({ ...sectionOf(section), url: section.url })),
      passages: sections.flatMap((section) =>
        section.passages.map((passage) => ({
          id: passage.id,
          section: sectionOf(section),
          kind: passage.kind,
          ...(passage.number === undefined ? {} : { number: passage.number }),
          text: passage.text,
          url: passageUrl(section, passage),
        })),
      ),
    },
    null,
    2,
  )}\n`;
}

/** "A. TITLE" for a part, "A.1 Title" for a sub-section, as the contents name them. */
function headingOf(section: SectionText): string {
  if (section.label === undefined) return section.title;
  return `${section.label}${section.label.includes('.') ? '' : '.'} ${section.title}`;
}

/** https://llmstxt.org/: what this is, the section pages, and the full text in the open formats. */
export function llmsTxt(sections: SectionText[], homeUrl: string): string {
  const link = (name: string, url: string, note: string) => `- [${name}](${url}): ${note}`;
  const file = (name: string) => new URL(name, homeUrl).href;
  return [
    `# ${REPORT.author}: ${REPORT.title} (${REPORT.symbol})`,
    '',
    `> A web edition of document ${REPORT.symbol}, dated ${REPORT.date}: ${REPORT.author}'s contribution to the ${REPORT.meeting} (${REPORT.meetingPlace}, ${REPORT.meetingDates}), reproduced word for word, with a permanent address for every passage.`,
    '',
    "The report's text is as published, including its own slips. Navigation, the glossary, notes and these lines are the edition's own. A passage's address is its section page plus `#` and its id; the ids are the same in every file below.",
    '',
    '## Sections',
    '',
    ...sections.map((section) =>
      link(headingOf(section), section.url, section.description),
    ),
    '',
    '## Full text',
    '',
    link('The report as Markdown', file(FILES.markdown), 'every section in order; each passage opens with an HTML anchor carrying its id'),
    link('The report as plain text', file(FILES.text), "each passage's words after its address in square brackets"),
    link('Every passage as JSON', file(FILES.json), `id, section, kind, text and address of each passage, with the document's facts; schema: ${file(FILES.schema)}`),
    '',
    '## Optional',
    '',
    link('Full report', file('full-report/'), 'every section on one HTML page'),
    link('Glossary', file('glossary/'), 'the acronyms and named bodies the report uses'),
    link('SDG goals and targets', file('sdg/'), 'the official wording of the goals and targets the report cites'),
    '',
  ].join('\n');
}
