import { isSeq, parseDocument } from 'yaml';

/**
 * Writes the address register (`addresses.ts` reads it), with `yaml`'s document model, which keeps
 * the file's comments and layout as they are. Only `npm run addresses` loads it.
 */

const HEADER = `# Every address this web edition has published: each page, and each passage id with its page.
# A published address is a promise. Every build compares the site with this list and fails when one
# of them no longer lands on a passage, naming the address, the section file and the remedy
# (README.md, "Addresses"). Run \`npm run addresses\` when a revision is published, to add its new
# addresses; never delete one. A passage removed on purpose is listed under \`retired:\`, e.g.
#   - { id: gmg-some-passage, page: /chair-of-the-gmg/, revision: March 2027 }
# and its address then lands on its section with a note saying it was removed in that revision.
`;

/**
 * The register's text with the additions appended: a new page at the end of `pages`, a new
 * passage at the end of its page's list. Comments and retirements already written are kept.
 */
export function recordAddresses(text: string | undefined, additions: readonly { path: string; ids: string[] }[]): string {
  const doc = parseDocument(text ?? `${HEADER}pages:\n  /: []\nretired: []\n`);
  for (const { path, ids } of additions) {
    const existing = doc.getIn(['pages', path], true);
    if (existing === undefined || (isSeq(existing) && existing.items.length === 0)) {
      doc.setIn(['pages', path], doc.createNode(ids, { flow: ids.length === 0 }));
    } else {
      for (const id of ids) doc.addIn(['pages', path], id);
    }
  }
  return doc.toString({ lineWidth: 0 });
}
