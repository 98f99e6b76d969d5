import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL, { type XmlNode } from 'citeproc';
import { describe, expect, it } from 'vitest';
import './citeproc-macro-index.ts';

const CSL_DIR = join(import.meta.dirname, 'csl');
const styles = readdirSync(CSL_DIR).filter((name) => name.endsWith('.csl'));

type Node = XmlNode;

/** Every node named `name` under `node`, in document order: what citeproc's own walk finds. */
function walk(node: Node, name: string): Node[] {
  const own = node.name === name ? [node] : [];
  return [...own, ...node.children.flatMap((child) => (typeof child === 'string' ? [] : walk(child, name)))];
}

describe.each(styles)('macro lookups in %s', (file) => {
  const xml = CSL.setupXml(readFileSync(join(CSL_DIR, file), 'utf8'));
  const macros = walk(xml.dataObj, 'macro');

  it('find the same nodes as a walk of the whole style, for every macro', () => {
    expect(macros.length).toBeGreaterThan(0);
    for (const macro of macros) {
      const name = String(macro.attrs['name']);
      const found = xml.getNodesByName(xml.dataObj, 'macro', name);
      expect(found).toEqual(macros.filter((node) => node.attrs['name'] === name));
      expect(found[0]).toBe(macros.find((node) => node.attrs['name'] === name));
    }
    expect(xml.getNodesByName(xml.dataObj, 'macro', 'no-such-macro')).toEqual([]);
  });

  it('hand out a list of their own, which the next lookup does not share', () => {
    const name = String(macros[0]!.attrs['name']);
    xml.getNodesByName(xml.dataObj, 'macro', name).pop();
    expect(xml.getNodesByName(xml.dataObj, 'macro', name)).toHaveLength(1);
  });

  it('look in the index made on the first lookup rather than walk the style again', () => {
    const fresh = CSL.setupXml(readFileSync(join(CSL_DIR, file), 'utf8'));
    const first = walk(fresh.dataObj, 'macro')[0]!;
    fresh.getNodesByName(fresh.dataObj, 'macro', String(first.attrs['name']));
    fresh.dataObj.children = fresh.dataObj.children.filter((child) => child !== first);
    expect(fresh.getNodesByName(fresh.dataObj, 'macro', String(first.attrs['name']))).toEqual([first]);
  });

  it('leave every other search to citeproc', () => {
    expect(xml.getNodesByName(xml.dataObj, 'macro')).toEqual(macros);
    expect(xml.getNodesByName(xml.dataObj, 'text')).toEqual(walk(xml.dataObj, 'text'));
  });
});
