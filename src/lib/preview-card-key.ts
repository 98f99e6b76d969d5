import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { CARD_HEIGHT, CARD_WIDTH, FONT_FILES, layout, PNG_ENCODING, projectRequire } from './preview-card-layout.ts';
import { CARD_FRAME, type PreviewCard } from './preview-cards.ts';
import { projectFile } from './project-file.ts';

/*
 * A card's cache key, without the drawing libraries: a build whose cards are all in the cache
 * computes their keys here and draws nothing.
 */

/** What draws the cards (`preview-card-image.ts`); sharp brings its own libvips, so its version covers that. */
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp'];
/** The code that composes and encodes a card, read from the project like the fonts. */
const DRAWING_SOURCES = ['src/lib/preview-card-image.ts', 'src/lib/indexed-png.ts'];

let drawing: Promise<string> | undefined;

/**
 * What draws every card the same way: the fonts' bytes, the drawing libraries' versions, the code
 * that composes and encodes them, the encoder's settings and Node's zlib, whose version decides the
 * compressed bytes. Worked out once: every card asks for it at the same moment.
 */
function drawingDigest(): Promise<string> {
  drawing ??= digestDrawing();
  return drawing;
}

async function digestDrawing(): Promise<string> {
  const require = projectRequire();
  const hash = createHash('sha256');
  for (const font of FONT_FILES) hash.update(await readFile(require.resolve(font.file)));
  for (const name of DRAWING_PACKAGES) {
    const manifest = findPackageJSON(name, projectFile('package.json'));
    if (manifest !== undefined) hash.update(`${name}@${(JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version}`);
  }
  for (const file of DRAWING_SOURCES) hash.update(await readFile(projectFile(file)));
  hash.update(JSON.stringify(PNG_ENCODING));
  hash.update(`zlib@${process.versions.zlib}`);
  return hash.digest('hex');
}

/**
 * Everything a card's pixels depend on, hashed: the laid-out tree (its text, the frame's, sizes,
 * colours and the template's every style) and how it is drawn. Equal keys draw equal cards, so a
 * stored card can be used again (`preview-card-cache.ts`).
 */
export async function previewCardKey(card: PreviewCard): Promise<string> {
  return createHash('sha256')
    .update(await drawingDigest())
    .update(JSON.stringify(layout(card, CARD_FRAME)))
    .update(`${CARD_WIDTH}x${CARD_HEIGHT}`)
    .digest('hex');
}
