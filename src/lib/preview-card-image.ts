import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { type Band, bandedPngEncoder } from './indexed-png.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode, FONT_FILES, type FrameText, frameLayout, middleLayout, PNG_ENCODING, projectRequire } from './preview-card-layout.ts';
import type { PreviewCard } from './preview-cards.ts';

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

/**
 * satori writes the text as glyph outlines, so resvg needs no font. By default it loads every font
 * the machine has for each drawing: without them its set-up fell from 2.6 to 0.5 ms a card here (38
 * fonts installed; more fonts, more time), and a card cannot depend on what is installed.
 */
const RESVG_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;

/** A tree as SVG, as satori lays it out with the cards' fonts. */
export async function cardSvg(tree: CardNode, width: number, height: number): Promise<string> {
  // satori's types want React elements; it reads only `type` and `props`, which this tree has.
  return satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts: await loadFonts() });
}

/** A tree as RGBA pixels: satori lays it out as SVG, resvg draws it. */
export async function rasterise(tree: CardNode, width: number, height: number): Promise<Buffer> {
  return new Resvg(await cardSvg(tree, width, height), RESVG_OPTIONS).render().pixels;
}

interface Frame {
  /** The frame's pixels, the middle band filled with `MARKER`. */
  canvas: Buffer;
  /** The rows of the middle band, which each card draws for itself. */
  band: Band;
  /** A card's PNG from its middle band's pixels (`indexed-png.ts`); undefined past 256 colours. */
  encode: (middle: Buffer) => Buffer | undefined;
}

/** Magenta: in no card, so the rows that show it are exactly the middle band's. */
const MARKER = [0xff, 0x00, 0xff] as const;

const isMarker = (pixels: Buffer, row: number): boolean => MARKER.every((value, channel) => pixels[row * CARD_WIDTH * CHANNELS + channel] === value);

/**
 * The bands every card shares, drawn, indexed and compressed once per thread. Where the middle band
 * lies is read from the drawing rather than restated, so it stays what the whole card's layout
 * gives; the layout puts the bands at whole pixels, so a middle block drawn on its own and put in
 * at that row has the same pixels as in a drawing of the whole card.
 */
async function drawFrame(text: FrameText): Promise<Frame> {
  const canvas = await rasterise(frameLayout(`rgb(${MARKER.join(',')})`, text), CARD_WIDTH, CARD_HEIGHT);
  const rows = Array.from({ length: CARD_HEIGHT }, (_, row) => row).filter((row) => isMarker(canvas, row));
  const [top] = rows;
  if (top === undefined || rows.some((row, index) => row !== top + index)) throw new Error('the preview card frame has no single middle band');
  const band = { top, height: rows.length };
  return { canvas, band, encode: bandedPngEncoder(canvas, CARD_WIDTH, CARD_HEIGHT, band, PNG_ENCODING.zlibLevel) };
}

/** One frame per text: a thread is only ever handed one (`CARD_FRAME`), tests more. */
const frames = new Map<string, Promise<Frame>>();

/** The card's middle band, drawn on its own (all a card has of its own), and the frame it goes in. */
async function drawMiddle(card: PreviewCard, text: FrameText): Promise<{ frame: Frame; middle: Buffer }> {
  const key = JSON.stringify(text);
  let frame = frames.get(key);
  if (frame === undefined) frames.set(key, (frame = drawFrame(text)));
  const drawn = await frame;
  return { frame: drawn, middle: await rasterise(middleLayout(card, drawn.band.height), CARD_WIDTH, drawn.band.height) };
}

/** The whole card's RGBA pixels, a copy of the frame with the card's middle band in it: only for sharp, past 256 colours. */
function composed({ frame: drawn, middle }: { frame: Frame; middle: Buffer }): Buffer {
  const pixels = Buffer.from(drawn.canvas);
  middle.copy(pixels, drawn.band.top * CARD_WIDTH * CHANNELS);
  return pixels;
}

/** Pixels past 256 colours as PNG: sharp quantises them to a palette. Loaded only then: no card has needed it yet. */
export async function quantisedPng(pixels: Buffer): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: CHANNELS } }).png(PNG_ENCODING.quantisedFallback).toBuffer();
}

/**
 * One card as PNG. Only the middle band is laid out, drawn, indexed and compressed per card. A
 * card's hundred-odd colours fit a palette exactly (`indexed-png.ts`), which keeps the longest
 * heading's card near 30 kB where resvg's own encoder writes 70 kB. Should a card ever have more
 * than 256, sharp quantises it to a palette instead.
 */
export async function renderPreviewCard(card: PreviewCard, text: FrameText): Promise<Buffer> {
  const drawn = await drawMiddle(card, text);
  return drawn.frame.encode(drawn.middle) ?? quantisedPng(composed(drawn));
}
