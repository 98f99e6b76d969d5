import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeFiles, writeFiles } from './write-files.ts';

describe('writeFiles and placeFiles', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'un15cm-write-files-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes every file, text or bytes, in folders it creates, however many batches they take, and leaves no partial file', async () => {
    const texts = Array.from({ length: 100 }, (_, index) => ({ file: join(scratch, 'a', 'b', `${index}.txt`), data: `file ${index}` }));
    const bytes = { file: join(scratch, 'c', 'image.png'), data: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) };
    await writeFiles([...texts, bytes]);
    expect(readdirSync(join(scratch, 'a', 'b'))).toHaveLength(100);
    for (const { file, data } of texts) expect(readFileSync(file, 'utf8')).toBe(data);
    expect(readFileSync(bytes.file).equals(Buffer.from(bytes.data))).toBe(true);
  });

  it('writes a file anew rather than through what was there, so a file that was linked to it stays as it was', async () => {
    const kept = join(scratch, 'kept-before.txt');
    const out = join(scratch, 'written', 'file.txt');
    writeFileSync(kept, 'kept from the last build');
    mkdirSync(join(scratch, 'written'));
    linkSync(kept, out);
    await writeFiles([{ file: out, data: 'this build' }]);
    expect(readFileSync(out, 'utf8')).toBe('this build');
    expect(readFileSync(kept, 'utf8')).toBe('kept from the last build');
  });

  it('places every file, in folders it creates, as the same file as the one it came from', async () => {
    const from = Array.from({ length: 40 }, (_, index) => join(scratch, 'a', 'b', `${index}.txt`));
    await placeFiles(from.map((file, index) => ({ from: file, to: join(scratch, 'placed', String(index % 3), `${index}.txt`) })));
    expect(readdirSync(join(scratch, 'placed')).sort()).toEqual(['0', '1', '2']);
    from.forEach((file, index) => {
      const placed = join(scratch, 'placed', String(index % 3), `${index}.txt`);
      expect(readFileSync(placed, 'utf8')).toBe(readFileSync(file, 'utf8'));
      expect(statSync(placed).ino).toBe(statSync(file).ino);
    });
  });

  it('replaces a file already where one is placed without writing through it, so a file it was linked to stays as it was', async () => {
    const kept = join(scratch, 'kept.txt');
    const wanted = join(scratch, 'wanted.txt');
    const out = join(scratch, 'out');
    mkdirSync(out);
    writeFileSync(kept, 'kept from the last build');
    writeFileSync(wanted, 'this build');
    linkSync(kept, join(out, 'file.txt'));
    await placeFiles([{ from: wanted, to: join(out, 'file.txt') }]);
    expect(readFileSync(join(out, 'file.txt'), 'utf8')).toBe('this build');
    expect(readFileSync(kept, 'utf8')).toBe('kept from the last build');
  });

  it('copies a file from another file system, where no link can be made', async () => {
    // /dev/shm is a tmpfs on Linux, the temporary folder a disk: a link between them fails (EXDEV).
    const elsewhere = mkdtempSync('/dev/shm/un15cm-write-files-');
    try {
      const from = join(elsewhere, 'card.png');
      writeFileSync(from, 'a card');
      const to = join(scratch, 'copied', 'card.png');
      await placeFiles([{ from, to }]);
      expect(readFileSync(to, 'utf8')).toBe('a card');
      expect(statSync(to).dev).not.toBe(statSync(from).dev);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
