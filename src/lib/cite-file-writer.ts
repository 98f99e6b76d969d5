import { join } from 'node:path';
import { CITE_FILES, citeFilePath } from './cite-files.ts';
import { citedItem, type CitingPage } from './cited-items.ts';
import { persistedStore } from './persisted-store.ts';
import { type FileToWrite, writeFiles } from './write-files.ts';

/**
 * The files' texts, kept in Astro's build cache (`<cacheDir>/cite-files.json`) by the item and the
 * format they hold, so a rebuild writes them without loading Citation.js; only those this build
 * wrote are kept.
 */
const texts = persistedStore<string>('cite-files.json', { keep: 'used' });

/** What writing the citation files took: how many were written, and how many Citation.js had to make. */
export interface CiteFilesWritten {
  written: number;
  made: number;
}

/** Writes every citing page's citation files (`cite/<name>.<ext>`) into the output folder `root`, for the site at `site`. */
export async function writeCiteFiles(root: string, pages: readonly CitingPage[], site: string): Promise<CiteFilesWritten> {
  const wanted = pages.flatMap((page) => {
    const item = citedItem(new URL(page.path, site).href, page.part);
    return CITE_FILES.map(({ ext }) => ({ file: join(root, citeFilePath(page.name, ext, '/')), item, ext, key: `${ext} ${JSON.stringify(item)}` }));
  });
  const files: FileToWrite[] = [];
  let citeFile: typeof import('./cite-file-text.ts').citeFile | undefined;
  let made = 0;
  for (const { file, item, ext, key } of wanted) {
    let text = texts.get(key);
    if (text === undefined) {
      // Loaded only for a text the cache lacks. Past this one wait the loop runs through, so every
      // text made is set in one synchronous run and the store is written once, not once per file.
      citeFile ??= (await import('./cite-file-text.ts')).citeFile;
      text = citeFile(item, ext);
      texts.set(key, text);
      made += 1;
    }
    files.push({ file, data: text });
  }
  await writeFiles(files);
  return { written: files.length, made };
}
