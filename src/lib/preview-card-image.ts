import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type PreviewCard } from './preview-cards.ts';
import { REPORT } from './report.ts';

/**
 * The site's look (global.css): white page, the header's bold symbol over a muted line, the report's
 * serif for the heading. Charis SIL is the free build of Charter, the first face of the site's text
 * stack; Noto Sans stands in for the UI's system font. Both come from npm, so the card looks the same
 * on any machine and the build needs neither the network nor installed fonts.
 */
const COLOURS = { bg: '#ffffff', soft: '#f3f5f8', text: '#1b1f24', muted: '#4a5361', rule: '#c9d0da', accent: '#0b4f8a', title: '#1f5fa8' };

const FONT_FILES: { name: string; file: string; weight: 400 | 700 }[] = [
  { name: 'Charis SIL', file: '@fontsource/charis-sil/files/charis-sil-latin-700-normal.woff', weight: 700 },
  { name: 'Charis SIL', file: '@fontsource/charis-sil/files/charis-sil-latin-ext-700-normal.woff', weight: 700 },
  { name: 'Noto Sans', file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff', weight: 400 },
  { name: 'Noto Sans', file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff', weight: 700 },
];

let fonts: Promise<Font[]> | undefined;

/** Read once per build. Resolved from the project root: this module runs bundled, away from its source. */
function loadFonts(): Promise<Font[]> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }): Promise<Font> => ({ name, weight, style: 'normal', data: await readFile(require.resolve(file)) })),
  );
  return fonts;
}

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: string | Node | Node[] };
}

const el = (style: Node['props']['style'], ...children: (string | Node)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children: children.length === 1 && typeof children[0] === 'string' ? children[0] : (children as Node[]) },
});

/** Long headings (the report's headings in capitals run to 130 characters) get a smaller size. */
function headingSize(heading: string): number {
  if (heading.length <= 60) return 64;
  if (heading.length <= 100) return 54;
  return 46;
}

function layout(card: PreviewCard): Node {
  return el(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', background: COLOURS.bg, color: COLOURS.text, fontFamily: 'Noto Sans', borderTop: `16px solid ${COLOURS.accent}` },
    el(
      { flexDirection: 'column', padding: '40px 72px 26px', borderBottom: `2px solid ${COLOURS.rule}` },
      el({ fontSize: 34, fontWeight: 700, letterSpacing: 1 }, REPORT.symbol),
      el({ fontSize: 24, color: COLOURS.muted, marginTop: 6 }, `${REPORT.author} · ${REPORT.date}`),
    ),
    el(
      { flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 72px' },
      el({ fontSize: 26, fontWeight: 700, color: COLOURS.title, textTransform: 'uppercase', letterSpacing: 2, marginBottom: 14 }, card.kicker),
      {
        type: 'div',
        props: {
          style: { display: 'block', fontFamily: 'Charis SIL', fontSize: headingSize(card.heading), fontWeight: 700, lineHeight: 1.2, borderLeft: `8px solid ${COLOURS.accent}`, paddingLeft: 28, lineClamp: 4 },
          children: card.heading,
        },
      },
    ),
    el(
      { padding: '24px 72px', background: COLOURS.soft, fontSize: 24, color: COLOURS.muted },
      `${REPORT.meeting} · ${REPORT.meetingPlace}, ${REPORT.meetingDates}`,
    ),
  );
}

/**
 * One card as PNG: satori lays the card out as SVG, resvg draws it, sharp stores it with a palette
 * (the card has a handful of colours and their anti-aliased edges), which keeps the longest heading's
 * card near 30 kB where resvg's own encoder writes 70 kB.
 */
export async function renderPreviewCard(card: PreviewCard): Promise<Buffer> {
  // satori's types want React elements; it reads only `type` and `props`, which this tree has.
  const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  const rgba = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
  return sharp(rgba).flatten({ background: COLOURS.bg }).png({ palette: true, effort: 1, compressionLevel: 6, dither: 0 }).toBuffer();
}
