import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import CSL, { type XmlNode } from 'citeproc';
import { describe, expect, it } from 'vitest';
import { STYLES, citedItem, citeprocInText, citeprocReference, type CslItem } from './citation.ts';
import { editionItems } from './citation-templates-writer.ts';
import { withoutSorting } from './unsorted-style.ts';

const CSL_DIR = join(import.meta.dirname, 'csl');
const published = (id: string) => readFileSync(join(CSL_DIR, `${id}.csl`), 'utf8');

function namesIn(node: XmlNode): string[] {
  return [node.name, ...node.children.flatMap((child) => (typeof child === 'string' ? [] : namesIn(child)))];
}

/** Every page the real content cites, and shapes it does not have yet: a numeric label, a roman one, a range. */
function items(): CslItem[] {
  const others = ['1', 'ii', 'A-1', '2.10'].map((label, index) => citedItem(`https://example.org/part-${index}/`, { slug: `part-${index}`, label, title: `Part ${label}` }));
  return [...editionItems(), ...others];
}

// Each style is also registered as published, sort keys and all, under a name of its own.
const csl = plugins.config.get('@csl');
const asPublished = (id: string) => `${id}-as-published`;
for (const style of STYLES) csl.styles.add(asPublished(style.id), published(style.id));

describe.each(STYLES)('$name without its sort keys', { timeout: 120_000 }, (style) => {
  it('is the published style less its <sort> elements, and nothing else', () => {
    const whole = CSL.parseXml(published(style.id));
    const unsorted = JSON.parse(withoutSorting(published(style.id))) as XmlNode;
    expect(namesIn(whole)).toContain('sort');
    expect(namesIn(unsorted)).not.toContain('sort');
    expect(namesIn(unsorted)).toEqual(namesIn(whole).filter((name) => name !== 'sort' && name !== 'key'));
  });

  it('formats every page the content cites as the published style does', () => {
    const options = { template: asPublished(style.id), lang: style.locale, asEntryArray: true };
    for (const item of items()) {
      for (const format of ['html', 'text'] as const) {
        const [[, entry = ''] = []] = new Cite(structuredClone(item)).format('bibliography', { ...options, format }) as [string, string][];
        expect(citeprocReference(item, style, format), `${item.id} ${format}`).toBe(entry.trim());
      }
      const entry = { id: item.id, ...(item.section === undefined ? {} : { locator: item.section, label: 'section' }) };
      const cited = new Cite(structuredClone(item)).format('citation', { template: asPublished(style.id), lang: style.locale, format: 'text', entry: [entry] });
      expect(citeprocInText(item, style), `${item.id} in-text`).toBe(String(cited));
    }
  });
});
