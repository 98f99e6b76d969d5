import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeStarlightDocs } from '../../bench/starlight-site.ts';

const SECTIONS = resolve(import.meta.dirname, '../../content/sections');
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;
const docsDir = mkdtempSync(join(tmpdir(), 'un15cm-starlight-docs-'));
afterAll(() => rmSync(docsDir, { recursive: true, force: true }));

describe('the Starlight baseline gets the report as plain Starlight docs', () => {
  const written = writeStarlightDocs(SECTIONS, docsDir);
  const doc = (name: string) => {
    const source = readFileSync(join(docsDir, name), 'utf8');
    return { data: parse(FRONTMATTER.exec(source)?.[1] ?? '') as Record<string, unknown>, body: source.replace(FRONTMATTER, '') };
  };

  it('writes one doc per section, the title page as the home page', () => {
    const sections = readdirSync(SECTIONS).filter((name) => name.endsWith('.mdx'));
    expect(written).toBe(sections.length);
    expect(readdirSync(docsDir).sort()).toEqual(sections.map((name) => (name === 'title-page.mdx' ? 'index.mdx' : name)).sort());
  });

  it("keeps each section's title, description, order and words, without our frontmatter fields or markup", () => {
    for (const name of readdirSync(SECTIONS).filter((file) => file.endsWith('.mdx'))) {
      const source = readFileSync(join(SECTIONS, name), 'utf8');
      const ours = parse(FRONTMATTER.exec(source)?.[1] ?? '') as { title: string; description: string; order: number };
      const theirs = doc(name === 'title-page.mdx' ? 'index.mdx' : name);
      expect(theirs.data).toEqual({ title: ours.title, description: ours.description, sidebar: { order: ours.order } });
      expect(theirs.body).not.toMatch(/<\/?[A-Za-z]/);
      const words = (text: string) => text.replace(/<[^>]*>/g, '').split(/\s+/).filter(Boolean);
      expect(words(theirs.body)).toEqual(words(source.replace(FRONTMATTER, '')));
    }
  });
});
