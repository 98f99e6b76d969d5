import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFiles } from './write-files.ts';

describe('writeFiles', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'un15cm-write-files-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes every file, text or bytes, in folders it creates, however many batches they take', async () => {
    const texts = Array.from({ length: 100 }, (_, index) => ({ file: join(scratch, 'a', 'b', `${index}.txt`), data: `file ${index}` }));
    const bytes = { file: join(scratch, 'c', 'image.png'), data: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) };
    await writeFiles([...texts, bytes]);
    expect(readdirSync(join(scratch, 'a', 'b'))).toHaveLength(100);
    for (const { file, data } of texts) expect(readFileSync(file, 'utf8')).toBe(data);
    expect(readFileSync(bytes.file).equals(Buffer.from(bytes.data))).toBe(true);
  });
});
