import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { keptEntries, readKeptJson, writeKeptJson } from './kept-json.ts';

describe('kept JSON files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'un15cm-kept-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written, into a folder it creates, and leaves no leftover of an interrupted write beside it', async () => {
    const file = join(dir, 'new', 'texts.json');
    expect(await readKeptJson(file)).toBeUndefined();
    await writeKeptJson(file, { a: '<p>A</p>' });
    writeFileSync(`${file}.1-1.partial`, '{"a":');
    await writeKeptJson(file, { b: '<p>B</p>' });
    expect(await readKeptJson(file)).toEqual({ b: '<p>B</p>' });
    expect(readdirSync(join(dir, 'new'))).toEqual(['texts.json']);
  });

  it('reads an unreadable file as none, and warns rather than throws when a file cannot be written', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"a":');
    expect(await readKeptJson(broken)).toBeUndefined();
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      // A folder where the file's folder should be: the write fails.
      await writeKeptJson(join(broken, 'texts.json'), {});
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be kept for the next build'));
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps the entries a build asked for or set, and only those, and leaves the file alone when they are the last build\'s', async () => {
    const file = join(dir, 'entries.json');
    const kept = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    const first = keptEntries<number>(file);
    expect(await first.get('a')).toBeUndefined();
    first.set('a', 1);
    first.set('b', 2);
    await first.finish();
    expect(kept()).toEqual({ a: 1, b: 2 });

    // Asked for `a` only, and `b` found unusable: the next build's file holds `a` alone.
    const second = keptEntries<number>(file);
    expect(await second.get('a')).toBe(1);
    expect(await second.get('b', (value) => value > 2)).toBeUndefined();
    await second.finish();
    expect(kept()).toEqual({ a: 1 });

    // The same entries asked for, or none at all: the file is not written again.
    const written = statSync(file).mtimeMs;
    const same = keptEntries<number>(file);
    expect(await same.get('a')).toBe(1);
    await same.finish();
    await keptEntries<number>(file).finish();
    expect(statSync(file).mtimeMs).toBe(written);
    expect(kept()).toEqual({ a: 1 });

    // Set without asking for anything first: this build's entries are still the ones kept.
    const setOnly = keptEntries<number>(file);
    setOnly.set('c', 3);
    await setOnly.finish();
    expect(kept()).toEqual({ c: 3 });
  });
});

