import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsWhatItsNameSays, readBundle, strayFragments, writeKeptBundle, type KeptBundle } from './pagefind-bundle.ts';
import { pageUrl } from './paths.ts';

const page = (words: string) => `<html lang="en"><body><main data-pagefind-body><h1 id="top">Part</h1><p>${words}</p></main></body></html>`;
const FIRST = ['migrant women workers', 'remittances and labour', 'trafficking in persons'];
const EDITED = ['migrant women workers', 'remittances and domestic labour', 'trafficking in persons'];

/** Every file under `dir`, relative, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name))]));
}

/** A bundle file's JSON or CBOR, after its gzip and signature. */
const unpacked = (file: string): string => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8');

/** The hashed files under `dir`: the ones a kept folder may hold from an earlier build. */
const hashed = (dir: string) => [...files(dir).keys()].filter((file) => /\.pf_\w+$/.test(file)).sort();

describe('a Pagefind bundle kept from build to build', () => {
  let scratch: string;
  const write = async (texts: string[], dir: string): Promise<KeptBundle> => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const sourcePaths = texts.map((_, at) => `part-${at}/index.html`);
    for (const [at, text] of texts.entries()) await index.addHTMLFile({ sourcePath: sourcePaths[at] ?? '', content: page(text) });
    try {
      return await writeKeptBundle(index, dir, sourcePaths);
    } finally {
      await index.deleteIndex();
    }
  };

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'pagefind-bundle-'));
  });
  afterAll(async () => {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('names every file the search UI fetches and none of the ready-made UIs, and every hashed file holds what its name says', async () => {
    const dir = join(scratch, 'named');
    const bundle = await write(FIRST, dir);
    expect(bundle.pageCount).toBe(3);
    expect(bundle.files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']));
    expect(bundle.files.filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
    expect(bundle.files.some((file) => /^pagefind\.en_[0-9a-f]+\.pf_meta$/.test(file))).toBe(true);
    expect(bundle.files.some((file) => /^index\/en_[0-9a-f]+\.pf_index$/.test(file))).toBe(true);
    expect(bundle.files.filter((file) => /ui|highlight|unknown|worker/.test(file))).toEqual([]);
    expect((await readBundle(dir)).files).toEqual(bundle.files);
    // Pagefind writes its UIs too: the bundle leaves them out, it does not miss them.
    expect([...files(dir).keys()]).toEqual(expect.arrayContaining(['pagefind-ui.js', 'wasm.unknown.pagefind']));
    expect(bundle.texts.map((text) => text.replace(/^Part\.? ?/, ''))).toEqual(expect.arrayContaining(FIRST.map((words) => expect.stringContaining(words))));
    for (const file of hashed(dir)) expect(bundle.files).toContain(file);
  });

  it('after an edit, writes only the files that changed and holds one bundle: the same, byte for byte, as one written into an empty folder', async () => {
    const dir = join(scratch, 'kept');
    const first = await write(FIRST, dir);
    expect([first.created, first.kept]).toEqual([hashed(dir).length, 0]);
    const edited = await write(EDITED, dir);
    const fresh = join(scratch, 'fresh');
    const expected = await write(EDITED, fresh);
    expect(edited.files).toEqual(expected.files);
    expect(hashed(dir)).toEqual(hashed(fresh));
    const kept = files(dir);
    for (const [file, bytes] of files(fresh)) expect(kept.get(file)?.equals(bytes), file).toBe(true);
    // The edited page's fragment, the index chunk with the new word and the metadata; not the other pages'.
    const changed = edited.files.filter((file) => !first.files.includes(file));
    expect([edited.created, edited.kept]).toEqual([changed.length, hashed(dir).length - changed.length]);
    expect(changed.filter((file) => file.startsWith('fragment/'))).toHaveLength(1);
    expect(edited.created).toBeLessThan(hashed(dir).length);
    expect(edited.texts).toEqual(expected.texts);
  });

  it('writes again a kept file that does not hold what its name says, whether cut short or holding something else', async () => {
    const dir = join(scratch, 'damaged');
    const first = await write(FIRST, dir);
    const [cut, swapped] = first.files.filter((file) => file.startsWith('fragment/'));
    if (cut === undefined || swapped === undefined) throw new Error('expected fragments');
    const original = readFileSync(join(dir, swapped));
    writeFileSync(join(dir, cut), readFileSync(join(dir, cut)).subarray(0, 20));
    writeFileSync(join(dir, swapped), gzipSync(Buffer.from('pagefind_dcd{"content":"other words"}')));
    expect(holdsWhatItsNameSays(swapped, Buffer.from('{"content":"other words"}'))).toBe(false);
    const again = await write(FIRST, dir);
    expect(again.files).toEqual(first.files);
    expect(readFileSync(join(dir, swapped)).equals(original)).toBe(true);
    expect(again.texts.join(' ')).not.toContain('other words');
    expect(again.texts).toEqual(first.texts);
  });

  it("takes a page's address from its source path as Pagefind does, and finds a fragment of another page, or of none, kept under a new fragment's name", async () => {
    const bundle = await write(FIRST, join(scratch, 'addresses'));
    const dir = join(scratch, 'addresses');
    const urls = bundle.files
      .filter((file) => file.startsWith('fragment/'))
      .map((file) => (JSON.parse(unpacked(join(dir, file))) as { url: string }).url);
    expect(urls.sort()).toEqual(['part-0/index.html', 'part-1/index.html', 'part-2/index.html'].map((file) => pageUrl(file, '/')).sort());
    expect(pageUrl('index.html', '/')).toBe('/');
    const pages = new Set(['/a/', '/b/']);
    expect(strayFragments([{ file: 'fragment/en_1.pf_fragment', url: '/a/' }, { file: 'fragment/en_2.pf_fragment', url: '/b/' }], pages)).toEqual([]);
    expect(strayFragments([{ file: 'fragment/en_1.pf_fragment', url: '/a/' }, { file: 'fragment/en_2.pf_fragment', url: '/a/' }], pages)).toEqual(['fragment/en_2.pf_fragment']);
    expect(strayFragments([{ file: 'fragment/en_1.pf_fragment', url: '/a/' }, { file: 'fragment/en_3.pf_fragment', url: '/gone/' }], pages)).toEqual(['fragment/en_3.pf_fragment']);
  });

  it('fails, naming the fragment, when a fragment holds a page it was not told of, even written afresh', async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('no index');
    try {
      for (const [at, text] of FIRST.entries()) await index.addHTMLFile({ sourcePath: `part-${at}/index.html`, content: page(text) });
      await expect(writeKeptBundle(index, join(scratch, 'untold'), ['part-0/index.html', 'part-1/index.html'])).rejects.toThrow(/fragment\/en_[0-9a-f]+\.pf_fragment in .* hold no page of this index/);
    } finally {
      await index.deleteIndex();
    }
  });
});
