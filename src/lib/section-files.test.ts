import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSectionFrontmatter, validSections } from './section-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('validSections of readSectionFrontmatter', () => {
  let contentDir: string;
  const file = (name: string): string => join(contentDir, 'sections', `${name}.mdx`);
  const edit = (name: string, from: RegExp, to: string): void => writeFileSync(file(name), readFileSync(file(name), 'utf8').replace(from, to));

  beforeAll(() => {
    contentDir = join(mkdtempSync(join(tmpdir(), 'un15cm-section-files-')), 'content');
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  });
  afterAll(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

  it('reads the files as they are when asked', () => {
    const first = validSections(readSectionFrontmatter(contentDir));
    expect(first.map((section) => section.id)).toContain('chair-of-the-gmg');

    edit('chair-of-the-gmg', /^title: Chair of the GMG$/m, 'title: Chair of the Global Migration Group');
    const second = validSections(readSectionFrontmatter(contentDir));
    expect(second.find((section) => section.id === 'chair-of-the-gmg')?.data.title).toBe('Chair of the Global Migration Group');
  });

  it('leaves out a section whose frontmatter the collection would reject', () => {
    edit('activities-2016', /^order: .*$/m, 'order: first');
    const ids = validSections(readSectionFrontmatter(contentDir)).map((section) => section.id);
    expect(ids).not.toContain('activities-2016');
    expect(ids).toContain('chair-of-the-gmg');
  });
});
