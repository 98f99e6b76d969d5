import CSL, { type XmlJSON, type XmlNode } from 'citeproc';

/**
 * Citeproc finds a macro by walking the whole style every time a style calls one
 * (`CSL.XmlJSON#getNodesByName`, from `CSL.expandMacro`), and building an engine calls macros
 * thousands of times: a second or more of the two to three that building APA and Chicago took. Looking the
 * style's macros up in an index of them, built on the first call, gives citeproc the same nodes,
 * in the same order, as its own walk. Macros are only read while an engine is built; citeproc
 * adds none. Any other search goes to citeproc's own walk.
 */
const original = CSL.XmlJSON.prototype.getNodesByName;
const macroIndex = new WeakMap<object, Map<string, XmlNode[]>>();

function macrosOf(xml: XmlJSON, style: XmlNode): Map<string, XmlNode[]> {
  let index = macroIndex.get(style);
  if (index === undefined) {
    index = new Map();
    for (const node of original.call(xml, style, 'macro')) {
      const name = String(node.attrs['name']);
      index.set(name, [...(index.get(name) ?? []), node]);
    }
    macroIndex.set(style, index);
  }
  return index;
}

CSL.XmlJSON.prototype.getNodesByName = function (this: XmlJSON, json, name, nameAttribute, found) {
  if (name !== 'macro' || !nameAttribute || found !== undefined || json !== this.dataObj) {
    return original.call(this, json, name, nameAttribute, found);
  }
  return [...(macrosOf(this, json).get(nameAttribute) ?? [])];
};
