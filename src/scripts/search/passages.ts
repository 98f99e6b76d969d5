/**
 * Turns one Pagefind page result into results for the passages that hold the matches.
 * Pagefind's own sub-results stop at headings; every paragraph and list item of the report has
 * an id too, and Pagefind records each id'd element as an anchor with the position of its first
 * word, so a match at word N belongs to the last passage anchor that starts at or before N.
 */

/** An element with an id inside the indexed text, as Pagefind records it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Position (in words) of the element's first word within the page's content. */
  location: number;
}

/** One matched word: its position in the page's content and Pagefind's score for it. */
export interface WeightedLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

/** The fields of a Pagefind page result (`await result.data()`) this module uses. */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  weighted_locations: WeightedLocation[];
}

export interface PassageMatch {
  /** The passage element's id: the fragment a result links to. */
  id: string;
  /** Position of the passage's first word in the page's content. */
  start: number;
  /** Position just past its last word. */
  end: number;
  /** Positions of the matched words inside it, ascending. */
  locations: number[];
  /** Sum of Pagefind's scores for those words. */
  score: number;
  /** Its matched words, bare and lower-cased, each once. */
  words: string[];
  /**
   * Its share of the searched words (matched words over words searched), so that passages found
   * by a rewritten query (`synonyms.ts`: "CSW" for a six-word name) rank with the reader's own.
   */
  coverage: number;
  /** Text of the nearest heading at or before it. */
  heading: string | undefined;
}

export interface Segment {
  text: string;
  /** True for a matched word, shown in a `<mark>`. */
  marked: boolean;
}

export interface PassageResult {
  /** `page#passage`, base included. */
  href: string;
  /** Path of the page, base included. */
  page: string;
  id: string;
  /** The section's navigation label, e.g. "A.1 Chair of the GMG". */
  section: string;
  heading: string | undefined;
  excerpt: Segment[];
  match: PassageMatch;
  /** Every word matched anywhere on the page, as printed, for highlighting on landing. */
  terms: string[];
}

const PASSAGE_ELEMENT = /^(?:p|li|h[1-6])$/i;
const HEADING_ELEMENT = /^h[1-6]$/i;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The page's words, split exactly as Pagefind splits them when it counts word positions. */
export function contentWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/);
}

/** A word without the punctuation that clings to it in running text: "(CEDAW" gives "CEDAW". */
export function bareWord(word: string): string {
  return word.replace(EDGE_PUNCTUATION, '');
}

function passageAnchors(anchors: PagefindAnchor[]): PagefindAnchor[] {
  return anchors
    .filter((anchor) => PASSAGE_ELEMENT.test(anchor.element) && anchor.id !== '')
    .map((anchor, order) => ({ anchor, order }))
    .sort((a, b) => a.anchor.location - b.anchor.location || a.order - b.order)
    .map(({ anchor }) => anchor);
}

/** Index of the last anchor starting at or before `location`, or -1 when the match comes before them all. */
export function anchorIndexAt(anchors: PagefindAnchor[], location: number): number {
  let low = 0;
  let high = anchors.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((anchors[mid] as PagefindAnchor).location <= location) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * Groups a page's matches by the passage (paragraph, list item or heading) that holds them, in page
 * order; `searched` is how many distinct words the query had.
 */
export function matchPassages(page: Pick<PageData, 'anchors' | 'weighted_locations'>, words: string[], searched = 1): PassageMatch[] {
  const anchors = passageAnchors(page.anchors);
  const byAnchor = new Map<number, PassageMatch>();
  for (const hit of page.weighted_locations) {
    const index = anchorIndexAt(anchors, hit.location);
    if (index < 0) continue;
    let match = byAnchor.get(index);
    if (!match) {
      const anchor = anchors[index] as PagefindAnchor;
      const headingIndex = anchors.findLastIndex(
        (candidate, i) => i <= index && HEADING_ELEMENT.test(candidate.element),
      );
      match = {
        id: anchor.id,
        start: anchor.location,
        end: anchors[index + 1]?.location ?? words.length,
        locations: [],
        score: 0,
        words: [],
        coverage: 0,
        heading: headingIndex < 0 ? undefined : anchors[headingIndex]?.text,
      };
      byAnchor.set(index, match);
    }
    if (!match.locations.includes(hit.location)) match.locations.push(hit.location);
    match.score += hit.balanced_score;
    const word = bareWord(words[hit.location] ?? '').toLowerCase();
    if (word !== '' && !match.words.includes(word)) match.words.push(word);
  }
  return [...byAnchor.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, match]) => ({ ...match, locations: match.locations.sort((a, b) => a - b), coverage: match.words.length / searched }));
}

/** Passages matching more of the query's words first, then more often, then more strongly, then in page order. */
export function comparePassages(a: PassageMatch, b: PassageMatch): number {
  return (
    b.coverage - a.coverage ||
    b.locations.length - a.locations.length ||
    b.score - a.score ||
    a.start - b.start
  );
}

/**
 * Pagefind returns pages holding every word of the query, but a passage on such a page may hold
 * only "for" or "the". Passages with fewer than half the best passage's distinct words are dropped.
 */
export function keepRelevant(matches: PassageMatch[]): PassageMatch[] {
  const best = Math.max(0, ...matches.map((match) => match.coverage));
  return matches.filter((match) => match.coverage >= best / 2);
}

/**
 * Up to `length` words of the passage around its first match, matched words marked. Only the
 * word itself is marked, not the punctuation around it.
 */
export function excerpt(words: string[], match: PassageMatch, length = 24): Segment[] {
  const first = match.locations[0] ?? match.start;
  let from = Math.max(match.start, first - Math.floor(length / 3));
  const to = Math.min(match.end, from + length);
  from = Math.max(match.start, to - length);
  const marked = new Set(match.locations);
  const segments: Segment[] = [];
  const push = (text: string, isMarked: boolean): void => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && !last.marked && !isMarked) last.text += text;
    else segments.push({ text, marked: isMarked });
  };
  if (from > match.start) push('… ', false);
  for (let i = from; i < to; i += 1) {
    const word = words[i] ?? '';
    if (i > from) push(' ', false);
    const core = bareWord(word);
    if (marked.has(i) && core !== '') {
      const at = word.indexOf(core);
      push(word.slice(0, at), false);
      push(core, true);
      push(word.slice(at + core.length), false);
    } else {
      push(word, false);
    }
  }
  if (to < match.end) push(' …', false);
  return segments;
}

/** The words matched anywhere on the page as printed (case kept, each once), longest first. */
export function matchedTerms(page: Pick<PageData, 'weighted_locations'>, words: string[]): string[] {
  const seen = new Map<string, string>();
  for (const hit of page.weighted_locations) {
    const word = bareWord(words[hit.location] ?? '');
    if (word !== '' && !seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  }
  return [...seen.values()].sort((a, b) => b.length - a.length);
}

/** One result per passage that holds matches on the page, best first; `searched` as for `matchPassages`. */
export function passageResults(page: PageData, searched = 1): PassageResult[] {
  const words = contentWords(page.content);
  const terms = matchedTerms(page, words);
  const section = page.filters['section']?.[0] ?? page.meta['section'] ?? page.meta['title'] ?? '';
  const path = page.url.split('#')[0] ?? page.url;
  return matchPassages(page, words, searched)
    .sort(comparePassages)
    .map((match) => ({
      href: `${path}#${match.id}`,
      page: path,
      id: match.id,
      section,
      heading: match.heading ?? page.meta['title'],
      excerpt: excerpt(words, match),
      match,
      terms,
    }));
}

/**
 * One page's results from several searches (the reader's query and its rewrites): each passage
 * once, as the search that matched it best found it, and every word matched on the page to mark.
 */
export function mergeSearches(searches: PassageResult[][]): PassageResult[] {
  const best = new Map<string, PassageResult>();
  for (const result of searches.flat()) {
    const kept = best.get(result.id);
    if (!kept || comparePassages(result.match, kept.match) < 0) best.set(result.id, result);
  }
  const terms = [...new Set(searches.flatMap((results) => results[0]?.terms ?? []))].sort((a, b) => b.length - a.length);
  return [...best.values()].sort((a, b) => comparePassages(a.match, b.match)).map((result) => ({ ...result, terms }));
}

/** Results from several pages (in Pagefind's page order), dropping weak passages across them all. */
export function rankResults(pages: PassageResult[][]): PassageResult[] {
  const kept = new Set(keepRelevant(pages.flat().map((result) => result.match)));
  return pages.flat().filter((result) => kept.has(result.match));
}
