import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { encodeIndexedPng } from './indexed-png.ts';
import { type CardNode, FONT_FILES, frameLayout, middleLayout, PNG_ENCODING, projectRequire } from './preview-card-layout.ts';
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

const CHANNELS = 4;

/** A tree as RGBA pixels: satori lays it out as SVG, resvg draws it. */
export async function rasterise(tree: CardNode, width: number, height: number): Promise<Buffer> {
  // satori's types want React elements; it reads only `type` and `props`, which this tree has.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().pixels;
}

interface Frame {
  /** The frame's pixels; each card writes its middle block over the middle band, the other rows stay as drawn. */
  canvas: Buffer;
  /** The rows of the middle band, which each card draws for itself. */
  top: number;
  height: number;
}

/** Magenta: in no card, so the rows that show it are exactly the middle band's. */
const MARKER = [0xff, 0x00, 0xff] as const;

const isMarker = (pixels: Buffer, row: number): boolean => MARKER.every((value, channel) => pixels[row * CARD_WIDTH * CHANNELS + channel] === value);

/**
 * The bands every card shares, drawn once per thread. Where the middle band lies is read from the
 * drawing rather than restated, so it stays what the whole card's layout gives; the layout puts the
 * bands at whole pixels, so a middle block drawn on its own and copied in at that row has the same
 * pixels as in a drawing of the whole card.
 */
async function drawFrame(): Promise<Frame> {
  const canvas = await rasterise(frameLayout(`rgb(${MARKER.join(',')})`), CARD_WIDTH, CARD_HEIGHT);
  const rows = Array.from({ length: CARD_HEIGHT }, (_, row) => row).filter((row) => isMarker(canvas, row));
  const [top] = rows;
  if (top === undefined || rows.some((row, index) => row !== top + index)) throw new Error('the preview card frame has no single middle band');
  return { canvas, top, height: rows.length };
}

let frame: Promise<Frame> | undefined;
/** Settles when the card that has the canvas is done with it. */
let canvasFree: Promise<unknown> = Promise.resolve();

/**
 * Hands `use` the card's RGBA pixels: the frame with the card's middle block copied into its band.
 * There is one such canvas per thread, not a fresh copy per card: 3 MB more a card doubled the time
 * spent collecting garbage, a tenth of a card's drawing. So cards take the canvas in turn (their
 * middle blocks are still drawn meanwhile), each until its `use` settles, and `use` must not keep it.
 */
export async function withCardPixels<T>(card: PreviewCard, use: (pixels: Buffer) => Promise<T>): Promise<T> {
  const { canvas, top, height } = await (frame ??= drawFrame());
  const middle = await rasterise(middleLayout(card, height), CARD_WIDTH, height);
  const turn = canvasFree.then(() => {
    middle.copy(canvas, top * CARD_WIDTH * CHANNELS);
    return use(canvas);
  });
  canvasFree = turn.catch(() => undefined);
  return turn;
}

/**
 * RGBA pixels as PNG. A card's hundred-odd colours fit a palette exactly (`indexed-png.ts`), which
 * keeps the longest heading's card near 30 kB where resvg's own encoder writes 70 kB. Should a card
 * ever have more than 256, sharp quantises it to a palette instead.
 */
export async function encodeCardPng(pixels: Buffer): Promise<Buffer> {
  return (
    encodeIndexedPng(pixels, CARD_WIDTH, CARD_HEIGHT, PNG_ENCODING.zlibLevel) ??
    sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: CHANNELS } }).png(PNG_ENCODING.quantisedFallback).toBuffer()
  );
}

/** One card as PNG. Only the middle block is laid out and drawn per card: the rest is the same on all. */
export function renderPreviewCard(card: PreviewCard): Promise<Buffer> {
  return withCardPixels(card, encodeCardPng);
}
