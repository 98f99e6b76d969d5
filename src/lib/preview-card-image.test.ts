import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardSvg, quantisedPng, rasterise, renderPreviewCard } from './preview-card-image.ts';
import { CARD_HEIGHT, CARD_WIDTH, layout } from './preview-card-layout.ts';
import { CARD_FRAME, type PreviewCard } from './preview-cards.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The report's longest printed heading, set in capitals. */
const LONGEST =
  'B. INITIATIVES THAT WILL BE UNDERTAKEN DURING 2017 TO SUPPORT THE IMPLEMENTATION OF THE NEW YORK DECLARATION FOR REFUGEES AND MIGRANTS';

describe('renderPreviewCard', () => {
  it.each([
    ['a short heading', '1. Chair of the GMG'],
    ['the longest heading', LONGEST],
  ])('draws %s as a 1200x630 PNG under 60 kB', async (_, heading) => {
    const png = await renderPreviewCard({ page: 'x/', kicker: 'Section A.1', heading }, CARD_FRAME);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(png.length).toBeLessThan(60_000);
  });

  it('still stores a card of more than 256 colours, as a palette PNG quantised by sharp', async () => {
    // Every pixel a colour of its own (up to 2^24), so no exact palette fits.
    const pixels = Buffer.alloc(CARD_WIDTH * CARD_HEIGHT * 4, 255);
    for (let pixel = 0; pixel < CARD_WIDTH * CARD_HEIGHT; pixel += 1) pixels.writeUIntBE(pixel, pixel * 4, 3);
    const meta = await sharp(await quantisedPng(pixels)).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT, true]);
  }, 20_000);

  it('draws the text: a longer heading covers more of the card', async () => {
    const inked = async (heading: string): Promise<number> => {
      const png = await renderPreviewCard({ page: 'x/', kicker: 'Section A.1', heading }, CARD_FRAME);
      const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
      return data.filter((value) => value < 128).length;
    };
    const short = await inked('1. Chair');
    expect(short).toBeGreaterThan(0);
    expect(await inked(LONGEST)).toBeGreaterThan(short * 2);
  }, 20_000);
});

describe('rasterise', () => {
  it("draws a card without the machine's fonts, with the same pixels as when resvg loads them all", async () => {
    const tree = layout({ page: 'x/', kicker: 'Section B', heading: LONGEST }, CARD_FRAME);
    const svg = await cardSvg(tree, CARD_WIDTH, CARD_HEIGHT);
    expect(svg).not.toMatch(/<text/);
    const withSystemFonts = new Resvg(svg, { fitTo: { mode: 'original' } }).render().pixels;
    expect((await rasterise(tree, CARD_WIDTH, CARD_HEIGHT)).equals(withSystemFonts)).toBe(true);
  }, 20_000);
});

describe('renderPreviewCard, drawing the middle band on its own', () => {
  const differingBytes = (a: Buffer, b: Buffer): number => a.reduce((count, value, index) => count + (value === b[index] ? 0 : 1), Math.abs(a.length - b.length));
  /** The RGBA pixels a decoder reads from the card's PNG. */
  const decodedCard = async (card: PreviewCard): Promise<Buffer> => (await sharp(await renderPreviewCard(card, CARD_FRAME)).ensureAlpha().raw().toBuffer({ resolveWithObject: true })).data;

  it.each([
    ['a short heading', 'Glossary', 'Web edition · apparatus'],
    ['a heading set large on two lines', '2. Joint EU - UN Women migration project', 'Section A.2'],
    ['a heading set middle-sized', 'CONTRIBUTION TO THE FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION', 'UN Women · web edition'],
    ['the longest heading', LONGEST, 'Section B'],
    ['a heading cut at four lines', `${LONGEST} ${LONGEST}`, 'Section B'],
  ])('draws %s with the same pixels as the whole card drawn in one pass: no colour of the anti-aliased text changed', async (_, heading, kicker) => {
    const card = { page: 'x/', kicker, heading };
    const whole = await rasterise(layout(card, CARD_FRAME), CARD_WIDTH, CARD_HEIGHT);
    expect(differingBytes(await decodedCard(card), whole)).toBe(0);
  }, 20_000);

  it('draws the frame it is handed, the whole card as one pass would', async () => {
    const card = { page: 'x/', kicker: 'Section A.1', heading: '1. Chair of the GMG' };
    const other = { ...CARD_FRAME, symbol: 'UN/OTHER/2026/9' };
    const pixels = async (text: typeof CARD_FRAME) => (await sharp(await renderPreviewCard(card, text)).ensureAlpha().raw().toBuffer({ resolveWithObject: true })).data;
    expect(differingBytes(await pixels(other), await rasterise(layout(card, other), CARD_WIDTH, CARD_HEIGHT))).toBe(0);
    expect(differingBytes(await pixels(other), await pixels(CARD_FRAME))).toBeGreaterThan(0);
  }, 20_000);

  it('draws cards asked for at the same time each with its own pixels', async () => {
    const cards = ['Glossary', '1. Chair of the GMG', LONGEST].map((heading) => ({ page: 'x/', kicker: 'Section A.1', heading }));
    const wholes = await Promise.all(cards.map((card) => rasterise(layout(card, CARD_FRAME), CARD_WIDTH, CARD_HEIGHT)));
    const drawn = await Promise.all(cards.map((card) => decodedCard(card)));
    expect(drawn.map((pixels, index) => differingBytes(pixels, wholes[index] as Buffer))).toEqual([0, 0, 0]);
  }, 20_000);
});
