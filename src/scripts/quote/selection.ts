import type { Quote } from './fragment.ts';

/** What a quote can be taken from: a passage of the report's text, or one of its footnotes. */
const PASSAGE = '.report-text .passage[id], .report-text [data-footnotes] li[id]';
/** Text the reader does not see, or that is the edition's own, inside a passage. */
const NOT_TEXT = '[data-apparatus], [hidden], .permalink, [data-footnote-backref]';

const WORD = /[\p{L}\p{N}]/u;
const APOSTROPHE = /['’]/;

export interface Selected {
  passage: HTMLElement;
  quote: Quote;
  /** The selection, ended at the passage's end when it ran into the next block with no words. */
  range: Range;
}

function passageOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>(PASSAGE) ?? null;
}

/** Nothing readable between the passage's end and the selection's end (a triple click runs into the next block). */
function endsAtPassage(range: Range, passage: HTMLElement): boolean {
  const rest = document.createRange();
  rest.setStartAfter(passage);
  rest.setEnd(range.endContainer, range.endOffset);
  return rest.toString().trim() === '';
}

/** The selected words of one passage, snapped to whole words, or undefined for any other selection. */
export function selectedQuote(selection: Selection): Selected | undefined {
  if (selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const passage = passageOf(range.startContainer);
  if (!passage) return undefined;
  if (passageOf(range.endContainer) !== passage) {
    if (!passage.contains(range.endContainer) && endsAtPassage(range, passage)) range.setEnd(passage, passage.childNodes.length);
    else return undefined;
  }
  let text = '';
  let start = -1;
  let end = -1;
  const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(NOT_TEXT) || passageOf(node) !== passage ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (start < 0 && node === range.startContainer) start = text.length + range.startOffset;
    else if (start < 0 && range.comparePoint(node, 0) === 0) start = text.length;
    if (start >= 0 && node === range.endContainer) end = text.length + range.endOffset;
    else if (start >= 0 && range.comparePoint(node, length) === 0) end = text.length + length;
    text += node.data;
  }
  if (start < 0 || end <= start) return undefined;
  // Browsers match text fragments on whole words; an apostrophe between letters is inside a word ("General's").
  const wordChar = (at: number): boolean =>
    WORD.test(text[at] ?? '') || (APOSTROPHE.test(text[at] ?? '') && WORD.test(text[at - 1] ?? '') && WORD.test(text[at + 1] ?? ''));
  const inWord = (at: number) => wordChar(at - 1) && wordChar(at);
  while (start > 0 && inWord(start)) start -= 1;
  while (end < text.length && inWord(end)) end += 1;
  const selected = text.slice(start, end);
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const quote = { before: text.slice(0, start + lead), text: selected.trim(), after: text.slice(end - trail) };
  return quote.text === '' ? undefined : { passage, quote, range };
}
