import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * RGBA pixels as a palette PNG holding exactly those pixels, for images of at most 256 colours.
 *
 * The preview cards have about a hundred colours (a few flat ones and their anti-aliased text
 * edges), so they fit a palette without any loss. sharp (libimagequant) quantises even then: at its
 * fastest setting it changes about 6% of a card's pixel bytes and takes 20-28 ms, and only at its
 * slowest (50 ms) does it keep every colour; fast-png keeps them but deflates in JavaScript, three
 * times slower than this. Here Node's own zlib does the compression and CRCs, so what is written by
 * hand is the colour lookup, the chunk framing the PNG specification fixes and the zlib stream's
 * Adler-32 (RFC 1950), which Node's zlib does not expose.
 *
 * Cards differ only in a band across the middle (`preview-card-image.ts`), so `bandedPngEncoder`
 * indexes and compresses the rows above and below it once, and each card only its band: the
 * compressed data is three independent runs of deflate blocks, the first two ended by a flush.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = 4;
const MAX_COLOURS = 256;
const BIT_DEPTH = 8;
const INDEXED_COLOUR = 3;
const FILTER_NONE = 0;
/** Deflate with a 32 kB window, as `deflateRawSync` writes it; the check bits make the pair a multiple of 31. */
const ZLIB_HEADER = Buffer.from([0x78, 0x9c]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const ADLER_MODULUS = 65521;
/** Bytes summed between reductions, as zlib does (its NMAX): the sums stay below 2^32. */
const ADLER_RUN = 5552;

/** The Adler-32 of `bytes`, continuing from `adler` (that of the bytes before them; 1 for none). */
function adler32(bytes: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (let start = 0; start < bytes.length; start += ADLER_RUN) {
    const end = Math.min(start + ADLER_RUN, bytes.length);
    for (let at = start; at < end; at += 1) {
      a += bytes[at] as number;
      b += a;
    }
    a %= ADLER_MODULUS;
    b %= ADLER_MODULUS;
  }
  return ((b << 16) | a) >>> 0;
}

/** Colours in order of first use, each as its pixel's four bytes read as one word. */
interface Palette {
  slots: Map<number, number>;
  words: number[];
}

/** The palette slot of a colour, which joins the palette if new; undefined past `MAX_COLOURS`. */
function slotOf(word: number, palette: Palette): number | undefined {
  let found = palette.slots.get(word);
  if (found === undefined) {
    if (palette.words.length === MAX_COLOURS) return undefined;
    found = palette.words.length;
    palette.slots.set(word, found);
    palette.words.push(word);
  }
  return found;
}

/**
 * Rows `from` to `to` (exclusive) of the pixels as PNG scanlines: a filter byte, then one palette
 * index per pixel, new colours joining `palette`; undefined past `MAX_COLOURS`. A pixel's four bytes
 * are compared as one word (whatever the machine's byte order, equal bytes make equal words). A
 * card's rows are mostly long runs of one colour, so each run is found first and written at once
 * (`fill`) rather than a byte at a time.
 */
function indexRows(pixels: Buffer, width: number, from: number, to: number, palette: Palette): Buffer | undefined {
  // The words are read in place, which needs 4-byte alignment; a copy is the rare exception.
  const aligned = pixels.byteOffset % CHANNELS === 0 ? pixels : Buffer.from(pixels);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / CHANNELS);
  // Zero-filled, so runs of slot 0 need no writing.
  const scanlines = Buffer.alloc((to - from) * (width + 1));
  let previous = -1;
  let slot = 0;
  for (let row = from; row < to; row += 1) {
    const first = row * width;
    const line = (row - from) * (width + 1) + 1;
    scanlines[line - 1] = FILTER_NONE;
    let column = 0;
    while (column < width) {
      const word = words[first + column] as number;
      let end = column + 1;
      while (end < width && words[first + end] === word) end += 1;
      if (word !== previous) {
        const found = slotOf(word, palette);
        if (found === undefined) return undefined;
        previous = word;
        slot = found;
      }
      if (slot !== 0) scanlines.fill(slot, line + column, line + end);
      column = end;
    }
  }
  return scanlines;
}

function header(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([BIT_DEPTH, INDEXED_COLOUR, 0, 0, 0], 8);
  return chunk('IHDR', data);
}

/** The palette's chunks: its colours, and their transparency up to the last that has any (an opaque image has none). */
function paletteChunks({ words }: Palette): Buffer[] {
  const bytes = Buffer.from(Uint32Array.from(words).buffer);
  const colours = Buffer.alloc(words.length * 3);
  const alphas = Buffer.alloc(words.length);
  for (let slot = 0; slot < words.length; slot += 1) {
    bytes.copy(colours, slot * 3, slot * CHANNELS, slot * CHANNELS + 3);
    alphas[slot] = bytes[slot * CHANNELS + 3] as number;
  }
  const lastTranslucent = alphas.findLastIndex((alpha) => alpha !== 0xff);
  return [chunk('PLTE', colours), ...(lastTranslucent < 0 ? [] : [chunk('tRNS', alphas.subarray(0, lastTranslucent + 1))])];
}

/** Scanlines compressed on their own, ended by a flush so that more deflate blocks may follow. */
const flushed = (scanlines: Buffer, level: number): Buffer => deflateRawSync(scanlines, { level, finishFlush: constants.Z_SYNC_FLUSH });
/** Scanlines compressed on their own, ending the compressed data. */
const final = (scanlines: Buffer, level: number): Buffer => deflateRawSync(scanlines, { level });

function png(width: number, height: number, palette: Palette, compressed: Buffer[], adler: number): Buffer {
  const check = Buffer.alloc(4);
  check.writeUInt32BE(adler);
  return Buffer.concat([SIGNATURE, header(width, height), ...paletteChunks(palette), chunk('IDAT', Buffer.concat([ZLIB_HEADER, ...compressed, check])), chunk('IEND', new Uint8Array(0))]);
}

function checkSize(pixels: Buffer, width: number, height: number): void {
  if (pixels.length !== width * height * CHANNELS) throw new Error(`expected ${width}x${height} RGBA pixels, got ${pixels.length} bytes`);
}

/** The rows of an image that differ from one image to the next. */
export interface Band {
  top: number;
  height: number;
}

export interface BandedLevels {
  /** zlib's level for the rows shared by every image, compressed once: the highest costs nothing per image. */
  frame: number;
  /** zlib's level for each image's band. */
  band: number;
}

/**
 * An encoder of images that are `frame` (RGBA, `width` x `height`) but for the rows of `band`: given
 * a band's pixels, the whole image's PNG, or undefined past 256 colours. The frame's colours come
 * first in every palette, so its rows have the same indices, scanlines and compressed bytes in all.
 * A band as tall as the image encodes any image. Scanlines are left unfiltered, as the
 * specification advises for palette images.
 */
export function bandedPngEncoder(frame: Buffer, width: number, height: number, band: Band, levels: BandedLevels): (bandPixels: Buffer) => Buffer | undefined {
  checkSize(frame, width, height);
  const below = band.top + band.height;
  const framePalette: Palette = { slots: new Map(), words: [] };
  const aboveRows = indexRows(frame, width, 0, band.top, framePalette);
  const belowRows = indexRows(frame.subarray(below * width * CHANNELS), width, 0, height - below, framePalette);
  if (aboveRows === undefined || belowRows === undefined) throw new Error('the frame has more than 256 colours');
  const above = flushed(aboveRows, levels.frame);
  const belowCompressed = final(belowRows, levels.frame);
  const adlerAbove = adler32(aboveRows);
  return (bandPixels) => {
    checkSize(bandPixels, width, band.height);
    const palette: Palette = { slots: new Map(framePalette.slots), words: [...framePalette.words] };
    const bandRows = indexRows(bandPixels, width, 0, band.height, palette);
    if (bandRows === undefined) return undefined;
    return png(width, height, palette, [above, flushed(bandRows, levels.band), belowCompressed], adler32(belowRows, adler32(bandRows, adlerAbove)));
  };
}
