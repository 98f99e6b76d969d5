import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { bandedPngEncoder } from './indexed-png.ts';

/** Pixels with `colours` distinct RGBA values (in stripes of `run` pixels), alpha from `alpha`. */
function pixels(width: number, height: number, colours: number, alpha: (colour: number) => number = () => 255, run = 3): Buffer {
  const out = Buffer.alloc(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    const colour = Math.floor(pixel / run) % colours;
    out.set([(colour * 37) & 0xff, (colour * 11) >> 2, 255 - colour, alpha(colour)], pixel * 4);
  }
  return out;
}

/** What a real decoder (libvips, via sharp) reads back from the PNG, as RGBA. */
async function decoded(png: Buffer): Promise<{ data: Buffer; channels: number; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, channels: info.channels, width: info.width, height: info.height };
}

/** The zlib stream of a PNG: its IDAT chunks' data, joined. */
function imageData(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

/** `image` (RGBA, `width` x `height`) as the encoder writes it when the band is the whole image. */
function encodeWhole(image: Buffer, width: number, height: number): Buffer | undefined {
  return bandedPngEncoder(Buffer.alloc(width * height * 4), width, height, { top: 0, height }, { frame: 9, band: 6 })(image);
}

describe('bandedPngEncoder, with a band as tall as the image', () => {
  it.each([
    ['one colour', 1],
    ['a hundred colours', 100],
    ['exactly 256 colours', 256],
  ])('stores %s exactly, as a palette PNG', async (_, colours) => {
    const image = pixels(67, 41, colours);
    const png = encodeWhole(image, 67, 41);
    expect(png).toBeDefined();
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.isPalette, meta.bitsPerSample, meta.hasAlpha]).toEqual(['png', true, 8, false]);
    expect(await decoded(png as Buffer)).toEqual({ data: image, channels: 4, width: 67, height: 41 });
  });

  it('keeps translucent colours with a transparency chunk', async () => {
    const image = pixels(30, 20, 12, (colour) => (colour % 3 === 0 ? 255 : colour * 20));
    const png = encodeWhole(image, 30, 20) as Buffer;
    expect((await sharp(png).metadata()).hasAlpha).toBe(true);
    expect((await decoded(png)).data).toEqual(image);
  });

  it('gives up past 256 colours, for the caller to quantise', () => {
    expect(encodeWhole(pixels(100, 10, 257), 100, 10)).toBeUndefined();
  });

  it('reads pixels that do not start on a 4-byte boundary', async () => {
    const image = pixels(9, 7, 5);
    const shifted = Buffer.alloc(image.length + 1).subarray(1);
    image.copy(shifted);
    expect((await decoded(encodeWhole(shifted, 9, 7) as Buffer)).data).toEqual(image);
  });

  it('refuses a frame of the wrong size', () => {
    expect(() => bandedPngEncoder(Buffer.alloc(10), 3, 3, { top: 0, height: 3 }, { frame: 9, band: 6 })).toThrow('expected 3x3 RGBA pixels, got 10 bytes');
  });
});

describe('bandedPngEncoder', () => {
  const [width, height] = [23, 17];
  const band = { top: 5, height: 8 };
  const levels = { frame: 9, band: 6 };
  /** The frame's pixels with `middle` in the band's rows. */
  const framed = (frame: Buffer, middle: Buffer): Buffer => {
    const whole = Buffer.from(frame);
    middle.copy(whole, band.top * width * 4);
    return whole;
  };

  it('stores the frame with each band exactly, bands of other colours than the frame included', async () => {
    const frame = pixels(width, height, 7, () => 255, 5);
    const encode = bandedPngEncoder(frame, width, height, band, levels);
    for (const middle of [pixels(width, band.height, 40, () => 255, 2), pixels(width, band.height, 3, (colour) => 80 * colour, 1)]) {
      const png = encode(middle) as Buffer;
      expect((await sharp(png).metadata()).isPalette).toBe(true);
      expect((await decoded(png)).data).toEqual(framed(frame, middle));
    }
  });

  it('holds a larger image exactly, in one zlib stream whose checksum zlib accepts', async () => {
    // Past Adler-32's 5552-byte run, and several deflate blocks in each part.
    const [bigWidth, bigHeight, bigBand] = [400, 300, { top: 90, height: 120 }];
    const frame = pixels(bigWidth, bigHeight, 30, () => 255, 7);
    const middle = pixels(bigWidth, bigBand.height, 200, () => 255, 1);
    const png = bandedPngEncoder(frame, bigWidth, bigHeight, bigBand, levels)(middle) as Buffer;
    const whole = Buffer.from(frame);
    middle.copy(whole, bigBand.top * bigWidth * 4);
    // Buffer's own comparison: a deep equality walks the 480,000 bytes one at a time, for seconds.
    expect((await decoded(png)).data.equals(whole)).toBe(true);
    // zlib checks the Adler-32 at the stream's end; one scanline per row, each a filter byte and an index per pixel.
    expect(inflateSync(imageData(png))).toHaveLength(bigHeight * (bigWidth + 1));
  });

  it('gives up when the frame and the band together pass 256 colours', () => {
    // The rows outside the band have 207 pixels, so 200 colours; the band's 100 are others (translucent).
    const encode = bandedPngEncoder(pixels(width, height, 200, () => 255, 1), width, height, band, levels);
    expect(encode(pixels(width, band.height, 100, () => 254, 1))).toBeUndefined();
    expect(encode(pixels(width, band.height, 50, () => 254, 1))).toBeDefined();
  });

  it('refuses a band of the wrong size', () => {
    const encode = bandedPngEncoder(pixels(width, height, 3), width, height, band, levels);
    expect(() => encode(Buffer.alloc(width * 4))).toThrow(`expected ${width}x${band.height} RGBA pixels, got ${width * 4} bytes`);
  });
});
