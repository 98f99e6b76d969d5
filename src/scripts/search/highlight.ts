/**
 * Marks searched words inside the report's text. Each occurrence is wrapped in a `<mark>` and
 * nothing else changes, so the text (and `textContent`) stays exactly as published; clearing
 * unwraps the marks again.
 */

export const MARK_CLASS = 'search-hit';
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
// Our own apparatus inside the report text (permalinks and the like) is never marked.
const SKIP = 'a.permalink, [data-pagefind-ignore], mark, script, style';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive whole-word pattern for the terms, longest first so "CEDAW-based" wins over "CEDAW". */
export function highlightPattern(terms: string[]): RegExp | undefined {
  const unique = [...new Set(terms.map((term) => term.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  const alternatives = unique.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})(?!${WORD_CHAR})`, 'giu');
}

/** Wraps every occurrence of the pattern in text under `root` in a `<mark>`; returns the marks in order. */
export function markTerms(root: Element, pattern: RegExp): HTMLElement[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    pattern.lastIndex = 0;
    const found = [...value.matchAll(pattern)];
    if (found.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    let at = 0;
    for (const match of found) {
      const index = match.index;
      if (index > at) fragment.append(value.slice(at, index));
      const mark = doc.createElement('mark');
      mark.className = MARK_CLASS;
      mark.textContent = match[0];
      fragment.append(mark);
      marks.push(mark);
      at = index + match[0].length;
    }
    if (at < value.length) fragment.append(value.slice(at));
    text.replaceWith(fragment);
  }
  return marks;
}

/** Removes the marks and joins the text back into single text nodes. */
export function clearMarks(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const mark of root.querySelectorAll(`mark.${MARK_CLASS}`)) {
    if (mark.parentNode) parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  for (const parent of parents) parent.normalize();
}
