/**
 * Acronym <-> name: a query naming a glossary entry ("Commission on the Status of Women") is also
 * searched with its acronyms ("CSW"), and a query with an acronym ("DESA") with the wordings the
 * report prints for its name ("Department of Economic and Social Affairs"). The report's pages
 * and index are untouched: the search runs these rewritten queries beside the reader's and merges
 * the results (`searchPassages`), and the excerpts and highlights mark the words each page prints.
 */
import type { SynonymGroup } from '../../lib/search-synonyms.ts';
import { bareWord } from './passages.ts';

/** At most this many searches for one query (the reader's included): each is a Pagefind search. */
export const MAX_SEARCHES = 4;

interface Rule {
  from: string[];
  to: string[];
}

const words = (text: string): string[] => text.split(/\s+/).map((word) => bareWord(word).toLowerCase()).filter(Boolean);

/** Every rewrite the glossary allows: each name to each acronym, each acronym to each printed wording. */
export function synonymRules(groups: SynonymGroup[]): Rule[] {
  return groups.flatMap((group) => [
    ...group.names.flatMap((name) => group.acronyms.map((acronym) => ({ from: words(name), to: acronym.split(' ') }))),
    ...group.acronyms.flatMap((acronym) => group.printed.map((wording) => ({ from: words(acronym), to: wording.split(' ') }))),
  ]);
}

const startsAt = (query: string[], at: number, phrase: string[]): boolean => phrase.every((word, i) => query[at + i] === word);

/**
 * The searches that stand for `search` (the reader's words, as `prepareQuery` gave them): itself
 * first, then, for names and acronyms of the glossary found in it (the longest from left to right),
 * the same words with each replaced by its counterpart, up to `MAX_SEARCHES` in all.
 */
export function querySearches(search: string, rules: Rule[]): string[] {
  const tokens = search.split(' ');
  const query = tokens.map((token) => bareWord(token).toLowerCase());
  const spans: { start: number; end: number; choices: string[][] }[] = [];
  for (let at = 0; at < query.length; ) {
    const found = rules.filter((rule) => rule.from.length > 0 && startsAt(query, at, rule.from));
    const length = Math.max(0, ...found.map((rule) => rule.from.length));
    if (length === 0) {
      at += 1;
      continue;
    }
    const choices = found.filter((rule) => rule.from.length === length).map((rule) => rule.to);
    spans.push({ start: at, end: at + length, choices: [tokens.slice(at, at + length), ...choices] });
    at += length;
  }
  const searches = [search];
  // Every combination of the spans' choices, the reader's own words first.
  const pick = (index: number, from: number, built: string[]): void => {
    if (searches.length >= MAX_SEARCHES) return;
    const span = spans[index];
    if (!span) {
      const text = [...built, ...tokens.slice(from)].join(' ');
      if (!searches.includes(text)) searches.push(text);
      return;
    }
    for (const choice of span.choices) pick(index + 1, span.end, [...built, ...tokens.slice(from, span.start), ...choice]);
  };
  pick(0, 0, []);
  return searches;
}
