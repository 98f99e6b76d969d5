import { createRequire } from 'node:module';
import type { PreviewCard } from './preview-cards.ts';
import { projectFile } from './project-file.ts';

/*
 * How a preview card is set, without the drawing libraries, which only the worker threads load
 * (`preview-card-image.ts`), and without the report's record: the threads are handed the frame's
 * text (`CARD_FRAME`) rather than read and validate the record again each.
 */

/** The card's size, as Open Graph and the big Twitter/X card expect it. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What every card's frame prints: the symbol, a byline (author and date), the meeting. */
export interface FrameText {
  symbol: string;
  byline: string;
  meeting: string;
}

/**
 * The site's look (global.css): white page, the header's bold symbol over a muted line, the report's
 * serif for the heading. Charis SIL is the free build of Charter, the first face of the site's text
 * stack; Noto Sans stands in for the UI's system font. Both come from npm, so the card looks the same
 * on any machine and the build needs neither the network nor installed fonts.
 */
export const COLOURS = { bg: '#ffffff', soft: '#f3f5f8', text: '#1b1f24', muted: '#4a5361', rule: '#c9d0da', accent: '#0b4f8a', title: '#1f5fa8' };

export const FONT_FILES: { name: string; file: string; weight: 400 | 700 }[] = [
  { name: 'Charis SIL', file: '@fontsource/charis-sil/files/charis-sil-latin-700-normal.woff', weight: 700 },
  { name: 'Charis SIL', file: '@fontsource/charis-sil/files/charis-sil-latin-ext-700-normal.woff', weight: 700 },
  { name: 'Noto Sans', file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff', weight: 400 },
  { name: 'Noto Sans', file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff', weight: 700 },
];

/** Resolved from the project root: the card code runs bundled, away from its source. */
export const projectRequire = () => createRequire(projectFile('package.json'));

/**
 * Palette PNG: the card has a handful of colours and their anti-aliased edges, stored exactly, the
 * rows every card shares at zlib's highest level (compressed once per thread), each card's own at
 * its default; past 256 colours, sharp's quantised palette.
 */
export const PNG_ENCODING = { zlibLevel: { frame: 9, band: 6 }, quantisedFallback: { palette: true, effort: 1, compressionLevel: 6, dither: 0 } } as const;

export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children: string | CardNode | CardNode[] };
}

const el = (style: CardNode['props']['style'], ...children: (string | CardNode)[]): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children: children.length === 1 && typeof children[0] === 'string' ? children[0] : (children as CardNode[]) },
});

/** Long headings (the report's headings in capitals run to 130 characters) get a smaller size. */
function headingSize(heading: string): number {
  if (heading.length <= 60) return 64;
  if (heading.length <= 100) return 54;
  return 46;
}

/** The kicker over the heading, centred in the band between the header and the footer: all a card has of its own. */
function middleBlock(card: PreviewCard): CardNode {
  return el(
    { flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 72px' },
    el({ fontSize: 26, fontWeight: 700, color: COLOURS.title, textTransform: 'uppercase', letterSpacing: 2, marginBottom: 14 }, card.kicker),
    {
      type: 'div',
      props: {
        style: { display: 'block', fontFamily: 'Charis SIL', fontSize: headingSize(card.heading), fontWeight: 700, lineHeight: 1.2, borderLeft: `8px solid ${COLOURS.accent}`, paddingLeft: 28, lineClamp: 4 },
        children: card.heading,
      },
    },
  );
}

/** What every card shows around its middle block: the accent rule, the header band (symbol, author and date), the footer band (meeting). */
function frame(middle: CardNode, text: FrameText): CardNode {
  return el(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', background: COLOURS.bg, color: COLOURS.text, fontFamily: 'Noto Sans', borderTop: `16px solid ${COLOURS.accent}` },
    el(
      { flexDirection: 'column', padding: '40px 72px 26px', borderBottom: `2px solid ${COLOURS.rule}` },
      el({ fontSize: 34, fontWeight: 700, letterSpacing: 1 }, text.symbol),
      el({ fontSize: 24, color: COLOURS.muted, marginTop: 6 }, text.byline),
    ),
    middle,
    el({ padding: '24px 72px', background: COLOURS.soft, fontSize: 24, color: COLOURS.muted }, text.meeting),
  );
}

/** The whole card in one tree: what the card shows, so what its cache key hashes. */
export function layout(card: PreviewCard, text: FrameText): CardNode {
  return frame(middleBlock(card), text);
}

/**
 * The card without its own part: the middle band is filled with `fill`, a colour the card never
 * uses, so the drawn frame shows which rows the middle block takes (`preview-card-image.ts`).
 */
export function frameLayout(fill: string, text: FrameText): CardNode {
  return frame(el({ flexGrow: 1, background: fill }), text);
}

/**
 * The middle block on its own, in a root `height` rows tall (the band's height in the whole card)
 * that gives it what the card's root does: the width it stretches to and the styles it inherits.
 */
export function middleLayout(card: PreviewCard, height: number): CardNode {
  return el({ width: CARD_WIDTH, height, flexDirection: 'column', background: COLOURS.bg, color: COLOURS.text, fontFamily: 'Noto Sans' }, middleBlock(card));
}
