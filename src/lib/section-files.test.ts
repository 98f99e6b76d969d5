import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidSections } from './section-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('readValidSections', () => {
  let contentDir: string;
  const file = (name: string): string => join(contentDir, 'sections', `${name}.mdx`);
  const edit = (name: string, from: RegExp, to: string): void => writeFileSync(file(name), readFileSync(file(name), 'utf8').replace(from, to));

  beforeAll(() => {
    contentDir = join(mkdtempSync(join(tmpdir(), 'un15cm-section-files-')), 'content');
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  });
  afterAll(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

  it('reads the files once while they stay as they are, and again when one changes', () => {
    const first = readValidSections(contentDir);
    expect(first.map((section) => section.id)).toContain('chair-of-the-gmg');
    expect(readValidSections(contentDir)).toBe(first);

    edit('chair-of-the-gmg', /^title: Chair of the GMG$/m, 'title: Chair of the Global Migration Group');
    const second = readValidSections(contentDir);
    expect(second).not.toBe(first);
    expect(second.find((section) => section.id === 'chair-of-the-gmg')?.data.title).toBe('Chair of the Global Migration Group');
  });

  it('leaves out a section whose frontmatter the collection would reject', () => {
    edit('activities-2016', /^order: .*$/m, 'order: first');
    const ids = readValidSections(contentDir).map((section) => section.id);
    expect(ids).not.toContain('activities-2016');
    expect(ids).toContain('chair-of-the-gmg');
  });
});
