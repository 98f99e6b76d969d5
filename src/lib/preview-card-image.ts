import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { FONT_FILES, layout, PNG_OPTIONS, projectRequire } from './preview-card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type PreviewCard } from './preview-cards.ts';

let fonts: Promise<Font[]> | undefined;

/** Read once per thread (see `preview-card-pool.ts`). */
function loadFonts(): Promise<Font[]> {
  const require = projectRequire();
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }): Promise<Font> => ({ name, weight, style: 'normal', data: await readFile(require.resolve(file)) })),
  );
  return fonts;
}

/**
 * One card as PNG: satori lays the card out as SVG, resvg draws it, sharp stores it with a palette,
 * which keeps the longest heading's card near 30 kB where resvg's own encoder writes 70 kB. sharp
 * takes resvg's pixels as they are (no PNG in between) and drops the alpha channel, which the
 * card's opaque background leaves at 255 everywhere.
 */
export async function renderPreviewCard(card: PreviewCard): Promise<Buffer> {
  // satori's types want React elements; it reads only `type` and `props`, which this tree has.
  const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  const image = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png(PNG_OPTIONS).toBuffer();
}
