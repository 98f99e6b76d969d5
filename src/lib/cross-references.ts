import { toString } from 'mdast-util-to-string';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { storedOrMade, type KeyedStore } from './keyed-store.ts';
import type { Passage } from './references.ts';
import { navLabel, type LabelledSection } from './section-labels.ts';
import { parseSectionBody } from './section-tree.ts';
import { inputsDigest } from './source-digest.ts';

/**
 * The bounded "Related passages" block of a section page, and the lookups that let every page
 * find its own passages without scanning the whole report: built once per build, so the work a
 * page does depends on what it shows, not on how long the report is.
 */

/** The passages of `src/lib/references.ts`, looked up by section, glossary entry and SDG id. */
export interface ReferenceIndex {
  passages: Passage[];
  bySection: ReadonlyMap<string, Passage[]>;
  byTerm: ReadonlyMap<string, Passage[]>;
  bySdg: ReadonlyMap<string, Passage[]>;
}

function push<K>(map: Map<K, Passage[]>, key: K, passage: Passage): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [passage]);
  else list.push(passage);
}

/** One pass over the passages (in reading order, which each list keeps). */
export function indexPassages(passages: Passage[]): ReferenceIndex {
  const bySection = new Map<string, Passage[]>();
  const byTerm = new Map<string, Passage[]>();
  const bySdg = new Map<string, Passage[]>();
  for (const passage of passages) {
    push(bySection, passage.section, passage);
    for (const term of passage.terms) push(byTerm, term, passage);
    for (const sdg of passage.sdgs) push(bySdg, sdg, passage);
  }
  return { passages, bySection, byTerm, bySdg };
}

const orders = new WeakMap<LabelledSection[], Map<string, number>>();

/** Each section's position in reading order, worked out once per list of sections. */
export function readingOrder(sections: LabelledSection[]): ReadonlyMap<string, number> {
  let order = orders.get(sections);
  if (order === undefined) {
    order = new Map(sections.map((section, position) => [section.id, position]));
    orders.set(sections, order);
  }
  return order;
}

const labellers = new WeakMap<LabelledSection[], (passage: Passage) => string>();

/** How a link names a passage: its section's navigation label and its place, "A.1 Chair of the GMG, meeting 7". */
export function passageLabeller(sections: LabelledSection[]): (passage: Passage) => string {
  let labeller = labellers.get(sections);
  if (labeller === undefined) {
    const bySlug = new Map(sections.map((section) => [section.id, section]));
    labeller = (passage) => {
      const section = bySlug.get(passage.section);
      return `${section === undefined ? passage.section : navLabel(section, sections)}, ${passage.place}`;
    };
    labellers.set(sections, labeller);
  }
  return labeller;
}

/**
 * Characters of the report's own words in a section: its printed heading and body, footnotes
 * included. Taken from `stored` where it holds them for the same text, since counting them means
 * parsing the body.
 */
export function sectionTextLength(body: string, heading = '', stored: KeyedStore<number> = new Map()): number {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim().length;
  return storedOrMade(stored, inputsDigest('text length', body, heading), () => words(heading) + words(toString(parseSectionBody(body))));
}

/** What the block prints besides passage names; the page and the length budget both use these. */
export const RELATED_TEXT = {
  heading: 'Related passages',
  glossaryLink: (total: number, shown: number) =>
    total > shown ? `all ${total} passages in the glossary` : 'its glossary entry',
} as const;

export interface RelatedSubject {
  entry: GlossaryEntry;
  /** Passages in other sections, in reading order; at most `maxLinks`. */
  links: Passage[];
  /** How many passages in other sections treat the subject, shown or not. */
  total: number;
}

export interface RelatedOptions {
  /** The page's section. */
  section: string;
  /** Reading position of each section's slug, for picking the nearest passages. */
  order: ReadonlyMap<string, number>;
  /** At most this many passage links per subject. */
  maxLinks: number;
  /** The block's text may not exceed this many characters (the section's own text). */
  maxChars: number;
  /** The text a passage link shows. */
  label: (passage: Passage) => string;
}

/** Characters a subject prints: "Name: link; link; all N passages in the glossary". */
function subjectLength(subject: RelatedSubject, label: (passage: Passage) => string): number {
  const links = subject.links.reduce((sum, passage) => sum + label(passage).length + 2, 0);
  return subject.entry.term.length + 2 + links + RELATED_TEXT.glossaryLink(subject.total, subject.links.length).length + 1;
}

/**
 * The cross-referenced subjects (glossary entries with `crossReference`) this section treats, each
 * once, in order of first use, with links to the nearest passages on it in other sections. Bounded
 * twice: at most `maxLinks` links a subject (the glossary entry lists the rest), and never more
 * text than `maxChars`; subjects and links that would pass it are left out, nearest kept first.
 */
export function relatedSubjects(index: ReferenceIndex, glossary: GlossaryEntry[], options: RelatedOptions): RelatedSubject[] {
  const { section, order, maxLinks, maxChars, label } = options;
  const crossReferenced = new Map(glossary.filter((entry) => entry.crossReference).map((entry) => [entry.id, entry]));
  const here = order.get(section) ?? 0;
  const distance = (passage: Passage) => Math.abs((order.get(passage.section) ?? 0) - here);
  const reading = (a: Passage, b: Passage) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0);

  const candidates: { entry: GlossaryEntry; nearest: Passage[]; total: number }[] = [];
  const seen = new Set<string>();
  for (const passage of index.bySection.get(section) ?? []) {
    for (const term of passage.terms) {
      const entry = crossReferenced.get(term);
      if (entry === undefined || seen.has(term)) continue;
      seen.add(term);
      const others = (index.byTerm.get(term) ?? []).filter((other) => other.section !== section);
      if (others.length === 0) continue;
      // Stable sort: among passages equally far, the earlier in the report comes first.
      const nearest = [...others].sort((a, b) => distance(a) - distance(b)).slice(0, maxLinks);
      candidates.push({ entry, nearest, total: others.length });
    }
  }

  // Every subject first with its glossary link alone, then links shared out one round at a time.
  let used = RELATED_TEXT.heading.length;
  const chosen: RelatedSubject[] = [];
  const wanted = new Map<RelatedSubject, Passage[]>();
  for (const { entry, nearest, total } of candidates) {
    const subject: RelatedSubject = { entry, links: [], total };
    const length = subjectLength(subject, label);
    if (used + length > maxChars) continue;
    used += length;
    chosen.push(subject);
    wanted.set(subject, nearest);
  }
  for (let round = 0; round < maxLinks; round += 1) {
    for (const subject of chosen) {
      const next = wanted.get(subject)?.[round];
      if (next === undefined) continue;
      const before = subjectLength(subject, label);
      const after = subjectLength({ ...subject, links: [...subject.links, next] }, label);
      // A subject whose next-nearest passage does not fit gets no farther one in its place.
      if (used - before + after > maxChars) wanted.delete(subject);
      else {
        used += after - before;
        subject.links.push(next);
      }
    }
  }
  for (const subject of chosen) subject.links.sort(reading);
  return chosen;
}
