import { crc32, deflateSync } from 'node:zlib';

/**
 * RGBA pixels as a palette PNG holding exactly those pixels, for images of at most 256 colours.
 *
 * The preview cards have about a hundred colours (a few flat ones and their anti-aliased text
 * edges), so they fit a palette without any loss. sharp (libimagequant) quantises even then: at its
 * fastest setting it changes about 6% of a card's pixel bytes and takes 20-28 ms, and only at its
 * slowest (50 ms) does it keep every colour; fast-png keeps them but deflates in JavaScript, three
 * times slower than this. Here Node's own zlib does the compression and CRCs, so what is written by
 * hand is the colour lookup and the chunk framing the PNG specification fixes.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = 4;
const MAX_COLOURS = 256;
const BIT_DEPTH = 8;
const INDEXED_COLOUR = 3;
const FILTER_NONE = 0;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

interface Indexed {
  /** Scanlines as PNG stores them: a filter byte, then one palette index per pixel. */
  scanlines: Buffer;
  /** Each colour's first pixel, in order of first use: the palette reads its bytes from there. */
  firstPixels: number[];
}

/**
 * Each pixel's palette index; undefined past `MAX_COLOURS`. A pixel's four bytes are compared as
 * one word (whatever the machine's byte order, equal bytes make equal words), and runs of one
 * colour skip the lookup.
 */
function index(pixels: Buffer, width: number, height: number): Indexed | undefined {
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, width * height);
  const slots = new Map<number, number>();
  const firstPixels: number[] = [];
  const scanlines = Buffer.alloc(height * (width + 1));
  let previous = -1;
  let slot = 0;
  for (let row = 0; row < height; row += 1) {
    const line = row * (width + 1);
    scanlines[line] = FILTER_NONE;
    for (let column = 0; column < width; column += 1) {
      const word = words[row * width + column] as number;
      if (word !== previous) {
        let found = slots.get(word);
        if (found === undefined) {
          if (firstPixels.length === MAX_COLOURS) return undefined;
          found = firstPixels.length;
          slots.set(word, found);
          firstPixels.push(row * width + column);
        }
        previous = word;
        slot = found;
      }
      scanlines[line + 1 + column] = slot;
    }
  }
  return { scanlines, firstPixels };
}

/**
 * The PNG, or undefined when the pixels have more than 256 colours. `level` is zlib's (0-9).
 * Scanlines are left unfiltered, as the specification advises for palette images.
 */
export function encodeIndexedPng(pixels: Buffer, width: number, height: number, level: number): Buffer | undefined {
  if (pixels.length !== width * height * CHANNELS) throw new Error(`expected ${width}x${height} RGBA pixels, got ${pixels.length} bytes`);
  // The words are read in place, which needs 4-byte alignment; a copy is the rare exception.
  const aligned = pixels.byteOffset % CHANNELS === 0 ? pixels : Buffer.from(pixels);
  const indexed = index(aligned, width, height);
  if (indexed === undefined) return undefined;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([BIT_DEPTH, INDEXED_COLOUR, 0, 0, 0], 8);
  const palette = Buffer.alloc(indexed.firstPixels.length * 3);
  const alphas = Buffer.alloc(indexed.firstPixels.length);
  indexed.firstPixels.forEach((pixel, slot) => {
    const at = pixel * CHANNELS;
    aligned.copy(palette, slot * 3, at, at + 3);
    alphas[slot] = aligned[at + 3] as number;
  });
  // Transparency is written up to the last colour that has any; an opaque image has none.
  const lastTranslucent = alphas.findLastIndex((alpha) => alpha !== 0xff);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(lastTranslucent < 0 ? [] : [chunk('tRNS', alphas.subarray(0, lastTranslucent + 1))]),
    chunk('IDAT', deflateSync(indexed.scanlines, { level })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
