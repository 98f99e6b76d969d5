import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from './indexed-png.ts';

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

describe('encodeIndexedPng', () => {
  it.each([
    ['one colour', 1],
    ['a hundred colours', 100],
    ['exactly 256 colours', 256],
  ])('stores %s exactly, as a palette PNG', async (_, colours) => {
    const image = pixels(67, 41, colours);
    const png = encodeIndexedPng(image, 67, 41, 6);
    expect(png).toBeDefined();
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.isPalette, meta.bitsPerSample, meta.hasAlpha]).toEqual(['png', true, 8, false]);
    expect(await decoded(png as Buffer)).toEqual({ data: image, channels: 4, width: 67, height: 41 });
  });

  it('keeps translucent colours with a transparency chunk', async () => {
    const image = pixels(30, 20, 12, (colour) => (colour % 3 === 0 ? 255 : colour * 20));
    const png = encodeIndexedPng(image, 30, 20, 6) as Buffer;
    expect((await sharp(png).metadata()).hasAlpha).toBe(true);
    expect((await decoded(png)).data).toEqual(image);
  });

  it('gives up past 256 colours, for the caller to quantise', () => {
    expect(encodeIndexedPng(pixels(100, 10, 257), 100, 10, 6)).toBeUndefined();
  });

  it('reads pixels that do not start on a 4-byte boundary', async () => {
    const image = pixels(9, 7, 5);
    const shifted = Buffer.alloc(image.length + 1).subarray(1);
    image.copy(shifted);
    expect((await decoded(encodeIndexedPng(shifted, 9, 7, 6) as Buffer)).data).toEqual(image);
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => encodeIndexedPng(Buffer.alloc(10), 3, 3, 6)).toThrow('expected 3x3 RGBA pixels, got 10 bytes');
  });
});
