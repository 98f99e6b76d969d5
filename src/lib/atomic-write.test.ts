import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removePartialWrites, writeFileAtomically, writeFileAtomicallySync } from './atomic-write.ts';

describe('writeFileAtomically', () => {
  const dir = mkdtempSync(join(tmpdir(), 'un15cm-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file whole and leaves no temporary file, however many writes run at once', async () => {
    const file = join(dir, 'entry.json');
    writeFileSync(file, 'old');
    await Promise.all(['one', 'two', 'three'].map((text) => writeFileAtomically(file, text)));
    expect(['one', 'two', 'three']).toContain(readFileSync(file, 'utf8'));
    writeFileAtomicallySync(file, Buffer.from('four'));
    expect(readFileSync(file, 'utf8')).toBe('four');
    expect(readdirSync(dir)).toEqual(['entry.json']);
  });

  it("removes what interrupted writes of a file left, and nothing else of the folder's", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'un15cm-partial-'));
    try {
      for (const name of ['texts.json', 'texts.json.123-4.partial', 'texts.json.99-1.partial', 'other.json.123-5.partial', 'texts.json.old']) writeFileSync(join(folder, name), 'x');
      await removePartialWrites(join(folder, 'texts.json'));
      expect(readdirSync(folder).sort()).toEqual(['other.json.123-5.partial', 'texts.json', 'texts.json.old']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
