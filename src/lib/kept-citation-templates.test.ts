import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionItems, editionTemplates } from './citation-templates-writer.ts';
import { citationDigest, citationInputs, KEPT_TEMPLATES_FILE, keptTemplatesText } from './kept-citation-templates.ts';
import { readEntries } from './persisted-store.ts';
import { readSectionFrontmatter } from './section-files.ts';

const REMEDY = `${KEPT_TEMPLATES_FILE} is not what citeproc makes now: run \`npm run citations\` and commit the file`;

describe("the edition's kept citation templates", { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'un15cm-kept-templates-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are, byte for byte, what citeproc makes now for every page that cites the report', () => {
    const items = editionItems();
    // The report's pages, then one item per section file.
    expect(items).toHaveLength(readSectionFrontmatter('content').length + 1);
    expect(readFileSync(KEPT_TEMPLATES_FILE, 'utf8'), REMEDY).toBe(keptTemplatesText(citationDigest(), editionTemplates(items)));
  });

  it('hold a template for each style and output the pages show, for the report and each shape of section label', () => {
    const { entries } = JSON.parse(readFileSync(KEPT_TEMPLATES_FILE, 'utf8')) as { entries: Record<string, unknown> };
    const namespaces = new Set(Object.keys(entries).map((key) => key.split('\n')[0]));
    expect([...namespaces].sort()).toEqual(
      ['apa', 'chicago-author-date', 'harvard-cite-them-right', 'modern-language-association'].flatMap((style) => [`${style} html`, `${style} in-text`]).sort(),
    );
    // None is a record of a shape that no template fits: those would send every such page to citeproc.
    expect(Object.values(entries).filter((template) => template === null)).toEqual([]);
  });

  it('are read only under the digest they were written with', () => {
    const file = join(scratch, 'templates.json');
    const entries = { 'apa html\nkey': { parts: ['<div>', '</div>'], fields: ['URL' as const] } };
    writeFileSync(file, keptTemplatesText('digest-one', entries));
    expect(readEntries(file, 'digest-one')).toEqual(entries);
    expect(readEntries(file, 'digest-two')).toEqual({});
    expect(readEntries(join(scratch, 'missing.json'), 'digest-one')).toEqual({});
    writeFileSync(file, '{ not json');
    expect(readEntries(file, 'digest-one')).toEqual({});
  });

  it('change digest with a style, the code that runs citeproc, or a citation package', () => {
    const root = join(scratch, 'project');
    const inputs = citationInputs();
    for (const path of inputs) cpSync(path, join(root, path));
    const digest = citationDigest(root);
    expect(digest).toBe(citationDigest());
    for (const path of ['src/lib/csl/apa.csl', 'src/lib/citation-template.ts', 'node_modules/citeproc/package.json']) {
      expect(inputs).toContain(path);
      const text = readFileSync(join(root, path), 'utf8');
      writeFileSync(join(root, path), `${text} `);
      expect(citationDigest(root), path).not.toBe(digest);
      writeFileSync(join(root, path), text);
    }
    expect(citationDigest(root)).toBe(digest);
  });
});
