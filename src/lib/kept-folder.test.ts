import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';
import { keptFolder } from './kept-folder.ts';

describe('keptFolder', () => {
  const scratch = scratchWithCache('kept-folder');

  it('finds what an earlier build kept, writes what it lacks, and prunes what this build neither found nor wrote', async () => {
    const dir = join(scratch.dir, 'kept');
    mkdirSync(dir);
    for (const name of ['a.txt', 'old.txt', 'b.txt.123-1.partial']) writeFileSync(join(dir, name), name);
    const folder = keptFolder(dir);
    expect(await folder.has('a.txt')).toBe(true);
    expect(await folder.has('c.txt')).toBe(false);
    // The listing is taken once: a file put there behind its back is not seen.
    writeFileSync(join(dir, 'late.txt'), 'late');
    expect(await folder.has('late.txt')).toBe(false);
    await folder.write([{ name: 'c.txt', data: 'c' }, { name: 'd.png', data: Uint8Array.from([1, 2]) }]);
    expect(await folder.has('c.txt')).toBe(true);
    await folder.prune();
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'c.txt', 'd.png', 'late.txt']);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('c');
  });

  it('writes into a folder it creates', async () => {
    const folder = keptFolder(join(scratch.dir, 'new', 'kept'));
    expect(await folder.has('x.txt')).toBe(false);
    await folder.write([{ name: 'x.txt', data: 'x' }]);
    expect(readdirSync(folder.dir)).toEqual(['x.txt']);
  });
});
