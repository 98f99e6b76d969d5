import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomically, writeFileAtomicallySync } from './atomic-write.ts';

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
});
