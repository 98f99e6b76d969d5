import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CACHE_DIR } from './cache-dir.ts';
import { CITE_FILES, citeFileOutput } from './cite-files.ts';
import { citedItem, type CitingPage } from './cited-items.ts';
import { keptFolder } from './kept-folder.ts';
import { sourceDigest } from './source-digest.ts';
import { placeFiles } from './write-files.ts';

/**
 * The files as Citation.js made them, kept in Astro's build cache (`<cacheDir>/cite-files/`), each
 * named by a digest of the site's code, the format and the item it holds: a rebuild places them in
 * the output folder (`placeFiles`) without loading Citation.js or writing a byte. Only those this
 * build placed are kept (`keptFolder`), so the folder does not grow with edits.
 */
const DIR = join(CACHE_DIR, 'cite-files');

/** What writing the citation files took: how many were written, and how many Citation.js had to make. */
export interface CiteFilesWritten {
  written: number;
  made: number;
}

/** Writes every citing page's citation files (`cite/<name>.<ext>`) into the output folder `root`, for the site at `site`. */
export async function writeCiteFiles(root: string, pages: readonly CitingPage[], site: string): Promise<CiteFilesWritten> {
  const folder = keptFolder(DIR);
  const wanted = pages.flatMap((page) => {
    const item = citedItem(new URL(page.path, site).href, page.part);
    return CITE_FILES.map(({ ext }) => {
      const kept = `${createHash('sha256').update(JSON.stringify([sourceDigest(), ext, item])).digest('base64url')}.${ext}`;
      return { kept, item, ext, to: join(root, citeFileOutput(page.name, ext)) };
    });
  });
  const missing = (await Promise.all(wanted.map(async (file) => ((await folder.has(file.kept)) ? [] : [file])))).flat();
  if (missing.length > 0) {
    // Loaded only when the cache lacks a file.
    const { citeFile } = await import('./cite-file-text.ts');
    await folder.write(missing.map(({ kept, item, ext }) => ({ name: kept, data: citeFile(item, ext) })));
  }
  await placeFiles(wanted.map(({ kept, to }) => ({ from: join(DIR, kept), to })));
  await folder.prune();
  return { written: wanted.length, made: missing.length };
}
