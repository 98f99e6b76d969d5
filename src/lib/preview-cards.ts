import { withBase } from './paths.ts';
import type { FrameText } from './preview-card-layout.ts';
import { REPORT } from './report.ts';
import type { LabelledSection } from './section-labels.ts';
import { citedLabel, printedHeading } from './section-labels.ts';

/** What one page's link-preview image shows besides the symbol and the meeting, which every card shows. */
export interface PreviewCard {
  /** The page's path under the base: `''` for the home page, `chair-of-the-gmg/` for a section. */
  page: string;
  /** Our words naming the page, printed small above the heading: "Section A.1", "Glossary". */
  kicker: string;
  /** The page's heading as printed on the page (a section's label and title as the report prints them). */
  heading: string;
}

/** What every card's frame prints, from the report's record: the threads that draw the cards are handed it. */
export const CARD_FRAME: FrameText = {
  symbol: REPORT.symbol,
  byline: `${REPORT.author} · ${REPORT.date}`,
  meeting: `${REPORT.meeting} · ${REPORT.meetingPlace}, ${REPORT.meetingDates}`,
};

/** A section as the cards read it: its labels, and whether it is the title page. */
export interface CardSection extends LabelledSection {
  data: LabelledSection['data'] & { kind?: 'section' | 'title-page' };
}

/**
 * The pages that are not sections, with their headings as their layouts print them; the home and
 * full-report pages open with the title page's heading, which `reportCard` puts in when there is one.
 */
export const PAGE_CARDS = {
  home: { page: '', kicker: `${REPORT.author} · web edition`, heading: REPORT.title },
  fullReport: { page: 'full-report/', kicker: 'Full report', heading: REPORT.title },
  glossary: { page: 'glossary/', kicker: 'Web edition · apparatus', heading: 'Glossary' },
  sdg: { page: 'sdg/', kicker: 'Web edition · apparatus', heading: 'SDG goals and targets' },
  search: { page: 'search/', kicker: 'Web edition', heading: 'Search the report' },
} as const satisfies Record<string, PreviewCard>;

/** A section's card: its label as cited ("Section A.1") and its printed heading. */
export function sectionCard(section: LabelledSection, sections: readonly LabelledSection[]): PreviewCard {
  const cited = citedLabel(section, sections);
  return { page: `${section.id}/`, kicker: cited === undefined ? 'Title page' : `Section ${cited}`, heading: printedHeading(section) };
}

/** The home or full-report page's card, headed as the page is: with the title page's printed heading. */
export function reportCard(page: 'home' | 'fullReport', sections: readonly CardSection[]): PreviewCard {
  const titlePage = sections.find((section) => section.data.kind === 'title-page');
  return titlePage === undefined ? PAGE_CARDS[page] : { ...PAGE_CARDS[page], heading: printedHeading(titlePage) };
}

/** Every card the build makes: one per page that is shared (all but the 404 page). */
export function previewCards(sections: readonly CardSection[]): PreviewCard[] {
  const { glossary, sdg, search } = PAGE_CARDS;
  return [
    reportCard('home', sections),
    reportCard('fullReport', sections),
    glossary,
    sdg,
    search,
    ...sections.map((section) => sectionCard(section, sections)),
  ];
}

/** The card's file name under `og/`, without extension: `index` for the home page, else the page's path. */
export function cardName(page: string): string {
  return page === '' ? 'index' : page.replace(/\/+$/, '');
}

/** The card image's path under the base, e.g. `og/chair-of-the-gmg.png`. */
export function cardPath(card: Pick<PreviewCard, 'page'>, base?: string): string {
  return withBase(`og/${cardName(card.page)}.png`, base);
}

/** The image's text alternative: what the card says, in reading order. */
export function cardAlt(card: PreviewCard): string {
  return `${REPORT.symbol}. ${card.kicker}: ${card.heading}. ${REPORT.meeting}, ${REPORT.meetingPlace}, ${REPORT.meetingDates}.`;
}
