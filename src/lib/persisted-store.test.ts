import * as fs from 'node:fs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';

// Counts the files written, to see how many times a store saves.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

describe('persistedStore', () => {
  const scratch = scratchWithCache('store');
  /** A new build: the module, and the stores it has opened, start again. */
  const nextBuild = async () => {
    vi.resetModules();
    return (await import('./persisted-store.ts')).persistedStore;
  };
  /** Lets a store's deferred save run, as the build's next step would. */
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  const stored = (name: string) => JSON.parse(readFileSync(join(scratch.cache, name), 'utf8')) as { digest: string; entries: Record<string, unknown> };

  beforeEach(() => {
    vi.mocked(fs.renameSync).mockClear();
  });

  it('keeps what was set for the next build', async () => {
    const first = (await nextBuild())<{ n: number }>('round-trip.json', { keep: 'all' });
    first.set('a', { n: 1 });
    first.set('b', { n: 2 });
    await settle();
    const next = (await nextBuild())<{ n: number }>('round-trip.json', { keep: 'all' });
    expect(next.get('a')).toEqual({ n: 1 });
    expect(next.get('b')).toEqual({ n: 2 });
    expect(next.get('c')).toBeUndefined();
  });

  it('ignores a store written under other code or dependencies', async () => {
    const file = join(scratch.cache, 'round-trip.json');
    writeFileSync(file, JSON.stringify({ ...stored('round-trip.json'), digest: 'other code' }));
    const next = (await nextBuild())('round-trip.json', { keep: 'all' });
    expect(next.get('a')).toBeUndefined();
  });

  it('writes the file once for a run of sets, not once a set', async () => {
    const store = (await nextBuild())<number>('many.json', { keep: 'used' });
    for (let n = 0; n < 300; n += 1) store.set(`key ${n}`, n);
    await settle();
    expect(vi.mocked(fs.renameSync)).toHaveBeenCalledTimes(1);
    expect(Object.keys(stored('many.json').entries)).toHaveLength(300);
  });

  it('with `used`, keeps for the next build only what this build read or wrote', async () => {
    const first = (await nextBuild())<string>('used.json', { keep: 'used' });
    for (const key of ['kept', 'read late', 'dropped']) first.set(key, key);
    await settle();
    const second = (await nextBuild())<string>('used.json', { keep: 'used' });
    expect(second.get('kept')).toBe('kept');
    second.set('new', 'new');
    await settle();
    // Read after this build rewrote the file, which then no longer held it.
    expect(second.get('read late')).toBe('read late');
    await settle();
    const third = (await nextBuild())<string>('used.json', { keep: 'used' });
    expect(Object.keys(stored('used.json').entries).sort()).toEqual(['kept', 'new', 'read late']);
    expect(third.get('dropped')).toBeUndefined();
  });

  it('with `all`, keeps what the last build stored and this one did not use', async () => {
    const first = (await nextBuild())<string>('all.json', { keep: 'all' });
    first.set('old', 'old');
    await settle();
    (await nextBuild())<string>('all.json', { keep: 'all' }).set('new', 'new');
    await settle();
    const third = (await nextBuild())<string>('all.json', { keep: 'all' });
    expect([third.get('old'), third.get('new')]).toEqual(['old', 'new']);
  });

  it('writes nothing for a build that only reads', async () => {
    const store = (await nextBuild())<number>('many.json', { keep: 'used' });
    expect(store.get('key 7')).toBe(7);
    await settle();
    expect(vi.mocked(fs.renameSync)).not.toHaveBeenCalled();
  });
});
