import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readKeptJson, writeKeptJson } from './kept-json.ts';

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
});
