import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { navigationOf, pageCacheKey } from './page-cache-key.ts';

const section = (id: string, title: string, description: string) => ({ id, data: { title, description, order: 1 }, filePath: `content/sections/${id}.mdx` });

describe('pageCacheKey', () => {
  it('is the same for the same inputs and differs when any input does', () => {
    expect(pageCacheKey('a', { b: 1 })).toBe(pageCacheKey('a', { b: 1 }));
    expect(pageCacheKey('a', { b: 1 })).not.toBe(pageCacheKey('a', { b: 2 }));
    expect(pageCacheKey('a', { b: 1 })).not.toBe(pageCacheKey({ b: 1 }, 'a'));
  });
});

describe('navigationOf', () => {
  it("changes with another section's title, label or order, but not with its description", () => {
    const before = [section('one', 'One', 'The first part of the report.'), section('two', 'Two', 'The second part of the report.')];
    const retitled = [before[0]!, section('two', 'Second', 'The second part of the report.')];
    const redescribed = [before[0]!, section('two', 'Two', 'Another sentence about the second part.')];
    expect(pageCacheKey(navigationOf(retitled))).not.toBe(pageCacheKey(navigationOf(before)));
    expect(pageCacheKey(navigationOf(redescribed))).toBe(pageCacheKey(navigationOf(before)));
  });
});

describe('pageCacheKey and the content files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'un15cm-page-keys-'));
  const contentDir = join(scratch, 'content');
  cpSync(resolve(import.meta.dirname, '../../content'), contentDir, { recursive: true });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(scratch, { recursive: true, force: true });
  });
  /** The key of the same inputs, as a new build (a new process) would compute it. */
  const keyOfNewBuild = async () => {
    vi.resetModules();
    vi.stubEnv('SITE_CONTENT_DIR', contentDir);
    return (await import('./page-cache-key.ts')).pageCacheKey('chair-of-the-gmg');
  };

  it('changes every key when a content file other than the sections changes, and no key when a section file does', async () => {
    const before = await keyOfNewBuild();
    appendFileSync(join(contentDir, 'sections', 'chair-of-the-gmg.mdx'), '\nOne more sentence.\n');
    expect(await keyOfNewBuild()).toBe(before);
    appendFileSync(join(contentDir, 'glossary.yaml'), '\n# a comment\n');
    expect(await keyOfNewBuild()).not.toBe(before);
  });
});
