import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import type { PagefindIndex } from 'pagefind';
import { pageUrl } from './paths.ts';

/**
 * Pagefind's bundle in a folder kept from build to build (`writeKeptBundle`), not a new one each
 * time. Pagefind names its index, fragment, filter and metadata files by a hash of what they hold,
 * and does not write a file whose name is already there; so after a one-word edit it writes only
 * the files whose content changed (3 of 315 for the 300 parts of the bench). On this machine's file system, a new file costs most when many were
 * deleted shortly before, as every build deletes its last output.
 */

/** Every gzipped file of the bundle opens with this, before the CBOR or JSON it holds. */
const SIGNATURE = 'pagefind_dcd';
/** The folders of files named by their hash. */
const HASHED_FOLDERS = ['fragment', 'index', 'filter'];

export interface Bundle {
  /** Every file the search UI can fetch, relative to the bundle's folder: Pagefind's JS API, entry file, each language's WebAssembly core, metadata and the hashed files it names. */
  files: string[];
  /** How many pages the index holds, in every language. */
  pageCount: number;
}

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count?: number }>;
}

/** The metadata file's CBOR, as Pagefind encodes it (positional): version, pages, index chunks, filters, sorts. */
type Meta = [string, [string, ...unknown[]][], [string, string, string][], [string, string][], unknown[]];

const unpack = (gzipped: Buffer): Buffer => gunzipSync(gzipped).subarray(SIGNATURE.length);

/** The files of the bundle in `dir`, as its entry file and each language's metadata name them: nothing Pagefind's ready-made UIs need. */
export async function readBundle(dir: string): Promise<Bundle> {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const files = ['pagefind.js', 'pagefind-entry.json'];
  let pageCount = 0;
  for (const language of Object.values(entry.languages)) {
    pageCount += language.page_count ?? 0;
    if (language.wasm) files.push(`wasm.${language.wasm}.pagefind`);
    const metaFile = `pagefind.${language.hash}.pf_meta`;
    const [, pages, chunks, filters] = decode(unpack(await readFile(join(dir, metaFile)))) as Meta;
    files.push(metaFile);
    files.push(...pages.map(([hash]) => `fragment/${hash}.pf_fragment`));
    files.push(...chunks.map(([, , hash]) => `index/${hash}.pf_index`));
    files.push(...filters.map(([, hash]) => `filter/${hash}.pf_filter`));
  }
  return { files, pageCount };
}

/**
 * Whether a hashed file holds what its name says: Pagefind names it by the SHA-1 of its content
 * (after the language: `en_3714909`), each byte written in hex without its leading zero.
 */
export function holdsWhatItsNameSays(file: string, content: Buffer): boolean {
  const name = /(?:^|\/)(?:pagefind\.)?[^_/]+_([0-9a-f]+)\.pf_\w+$/.exec(file)?.[1];
  const digest = Array.from(createHash('sha1').update(content).digest(), (byte) => byte.toString(16)).join('');
  return name !== undefined && digest.startsWith(name);
}

const isHashed = (file: string) => /\.pf_(?:meta|fragment|index|filter)$/.test(file);

async function listHashed(dir: string): Promise<string[]> {
  const top = (await readdir(dir).catch(() => [])).filter(isHashed);
  const nested = await Promise.all(HASHED_FOLDERS.map(async (folder) => (await readdir(join(dir, folder)).catch(() => [])).map((name) => `${folder}/${name}`)));
  return [...top, ...nested.flat()];
}

export interface KeptBundle extends Bundle {
  /** The text of every page, as each fragment holds it (Pagefind's own extraction of the indexed words), in fragment name order. */
  texts: string[];
  /** How many of the bundle's hashed files were not in the folder before (Pagefind wrote them) and how many were (kept from an earlier write). */
  created: number;
  kept: number;
}

/**
 * The fragments that cannot be this index's: an earlier file kept under a name a new fragment wants
 * holds another page (or one no longer built), so its address is one the index does not have, or
 * has twice.
 */
export function strayFragments(fragments: readonly { file: string; url: string }[], urls: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  return fragments.flatMap(({ file, url }) => {
    const stray = !urls.has(url) || seen.has(url);
    seen.add(url);
    return stray ? [file] : [];
  });
}

/** Writes the index into `dir` over what is there, checks the files the bundle names, and removes every other hashed file. */
async function writeOver(index: PagefindIndex, dir: string, urls: ReadonlySet<string>): Promise<KeptBundle> {
  const before = new Set(await listHashed(dir));
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  const bundle = await readBundle(dir);
  const hashed = bundle.files.filter(isHashed);
  // A file cut short does not unpack: it counts as wrong, like one whose content has another hash.
  const contents = await Promise.all(hashed.map((file) => readFile(join(dir, file)).then(unpack).catch(() => undefined)));
  const wrong = hashed.filter((file, at) => {
    const content = contents[at];
    return content === undefined || !holdsWhatItsNameSays(file, content);
  });
  if (wrong.length > 0) throw new Error(`${wrong.join(', ')} in ${dir} do not hold what their names say`);
  const fragments = hashed
    .flatMap((file, at) => (file.startsWith('fragment/') ? [{ file, ...(JSON.parse((contents[at] as Buffer).toString('utf8')) as { url: string; content: string }) }] : []))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  const stray = strayFragments(fragments, urls);
  if (stray.length > 0) throw new Error(`${stray.join(', ')} in ${dir} hold no page of this index, or one another fragment holds`);
  // Pagefind writes only files the bundle names: what else is there was there before.
  const named = new Set(bundle.files);
  await Promise.all([...before].filter((file) => !named.has(file)).map((file) => rm(join(dir, file))));
  return {
    ...bundle,
    texts: fragments.map(({ content }) => content),
    created: hashed.filter((file) => !before.has(file)).length,
    kept: hashed.filter((file) => before.has(file)).length,
  };
}

/**
 * Writes the index of the pages at `sourcePaths` into `dir` as the last build left it, then removes
 * what the new bundle does not name, so the folder holds one bundle. Pagefind keeps a file already
 * under a name it wants, so a kept file is checked before it is trusted. Its content must hash to
 * its name: a file cut short by an interrupted build fails. A fragment must hold a page of this
 * index, once: two contents can share the seven hex digits of a hash Pagefind keeps, and an earlier
 * fragment of another page under a name a new one wants fails. Should any check fail, the folder is
 * emptied and the whole bundle written again. Left unchecked: an index chunk, filter or fragment
 * whose new content shares its name with its own earlier version (one chance in 16^7 for each file
 * an edit changes), which a reader's browser holding the earlier deploy's
 * file under the same immutable address would take for it just the same.
 */
export async function writeKeptBundle(index: PagefindIndex, dir: string, sourcePaths: readonly string[]): Promise<KeptBundle> {
  // Pagefind gives a page the address it is served at, base aside: `part-1/index.html` is `/part-1/`.
  const urls = new Set(sourcePaths.map((sourcePath) => pageUrl(sourcePath, '/')));
  try {
    return await writeOver(index, dir, urls);
  } catch {
    await rm(dir, { recursive: true, force: true });
    return writeOver(index, dir, urls);
  }
}
