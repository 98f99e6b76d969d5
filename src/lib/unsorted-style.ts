import CSL, { type XmlNode } from 'citeproc';

/**
 * A CSL style without its `<sort>` elements, for citeproc to format one item at a time.
 *
 * Every citation the site makes is a bibliography of one item or a citation of one cite
 * (`citation.ts`): there is nothing to sort, and citeproc uses sort keys only to order items and
 * cites. Building them is still most of building an engine: citeproc compiles a sort key's macro
 * again, with every macro it calls, for each key rather than once, and APA's and Chicago's keys
 * call their largest macros. `unsorted-style.test.ts` holds the output to the whole style's for
 * every page the content has and every style.
 *
 * The style is handed over as citeproc's own parse of it, serialized (citeproc reads a string
 * that does not start with `<` as that JSON), so each engine gets a fresh copy, as from XML.
 */
export function withoutSorting(xml: string): string {
  return JSON.stringify(pruned(CSL.parseXml(xml)));
}

function pruned(node: XmlNode): XmlNode {
  const children = node.children.flatMap<XmlNode | string>((child) => (typeof child === 'string' ? [child] : child.name === 'sort' ? [] : [pruned(child)]));
  return { ...node, children };
}
