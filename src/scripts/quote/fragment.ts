/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/): the `:~:text=` directive that
 * makes a browser scroll to and highlight words. Pure string work, so it is unit-tested without a page.
 */

/** A quote inside its passage: the passage's visible text split around the selected words. */
export interface Quote {
  before: string;
  text: string;
  after: string;
}

/** Up to this many words, the directive quotes the words whole; longer quotes give start and end. */
export const MAX_EXACT_WORDS = 8;
/** Words at each end of a long quote. */
export const EDGE_WORDS = 3;
/** At most this many words of context on either side to tell repeated words apart. */
export const MAX_CONTEXT_WORDS = 4;

/** Percent-encodes a term; `-`, `,` and `&` are the directive's own syntax and must be escaped too. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What the page's text is compared by: case folded, whitespace collapsed. */
export const normalise = (text: string): string => squeeze(text).toLowerCase();

/** Where the last `count` words of `text` begin. */
function lastWordsStart(text: string, count: number): number {
  if (count === 0) return text.length;
  const words = [...text.matchAll(/\S+/g)];
  return words[Math.max(0, words.length - count)]?.index ?? text.length;
}

/** Where the first `count` words of `text` end. */
function firstWordsEnd(text: string, count: number): number {
  if (count === 0) return 0;
  const words = [...text.matchAll(/\S+/g)];
  const word = words[Math.min(count, words.length) - 1];
  return word === undefined ? 0 : (word.index ?? 0) + word[0].length;
}

/** How many times `needle` occurs in `haystack` (both normalised). */
export function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * The `text=` directive for a quote. Short quotes are given whole; long ones as `start,end`, with
 * the end taking more words until its first occurrence after the start is the quote's own end.
 * Words of the passage before (prefix) and after (suffix) are added until the quote's words occur
 * once in `pageText` (the page's visible text, normalised), since a browser highlights the first
 * match in the whole page, not in the passage.
 */
export function textDirective(quote: Quote, pageText: string): string {
  const text = squeeze(quote.text);
  const words = text.split(' ');
  let terms = [text];
  if (words.length > MAX_EXACT_WORDS) {
    const start = words.slice(0, EDGE_WORDS).join(' ');
    const lower = text.toLowerCase();
    let count = EDGE_WORDS;
    let end = words.slice(-count).join(' ');
    while (count < words.length - EDGE_WORDS && lower.indexOf(end.toLowerCase(), start.length) !== text.length - end.length) {
      count += 1;
      end = words.slice(-count).join(' ');
    }
    terms = [start, end];
  }
  const exact = terms.length === 1;
  let prefix = '';
  let suffix = '';
  for (let context = 0; context <= MAX_CONTEXT_WORDS; context += 1) {
    const before = quote.before.slice(lastWordsStart(quote.before, context));
    const after = exact ? quote.after.slice(0, firstWordsEnd(quote.after, context)) : '';
    prefix = squeeze(before);
    suffix = squeeze(after);
    if (occurrences(pageText, normalise(`${before}${exact ? quote.text : terms[0]}${after}`)) <= 1) break;
  }
  const parts = [...(prefix ? [`${encodeTerm(prefix)}-`] : []), ...terms.map(encodeTerm), ...(suffix ? [`-${encodeTerm(suffix)}`] : [])];
  return `text=${parts.join(',')}`;
}

/** A passage's address with a text fragment: `https://…/chair-of-the-gmg/#gmg-meeting-7:~:text=…`. */
export function quoteUrl(passageUrl: string, quote: Quote, pageText: string): string {
  return `${passageUrl}:~:${textDirective(quote, pageText)}`;
}
