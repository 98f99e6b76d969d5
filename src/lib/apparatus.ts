import { getCollection } from 'astro:content';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { SdgEntry } from '../schemas/sdg.ts';
import { indexPassages, sectionTextLength, type ReferenceIndex } from './cross-references.ts';
import { persistedStore } from './persisted-store.ts';
import { collectPassages, type Passage } from './references.ts';
import { getSections, printedHeading, type Section } from './sections.ts';

let glossary: Promise<GlossaryEntry[]> | undefined;

/** The glossary in alphabetical order of term, as the glossary page lists it; read once per build. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= getCollection('glossary').then((entries) =>
    entries
      .map((entry) => ({ id: entry.id, ...entry.data }))
      .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
  );
  return glossary;
}

/** The SDG goals and targets in the order of the 2030 Agenda (goal, then its targets). */
export async function getSdgs(): Promise<SdgEntry[]> {
  const entries = await getCollection('sdg');
  const key = (entry: SdgEntry) => entry.number.split('.').map((part) => part.padStart(4, '0')).join('.');
  return entries.map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => key(a).localeCompare(key(b)));
}

/** The heading the section layout prints from the frontmatter, e.g. "1. Chair of the GMG". */
function layoutHeading(section: Section): string | undefined {
  return section.data.kind === 'title-page' ? undefined : printedHeading(section);
}

/**
 * What each section's body gives, kept for the next build by everything it is made from: a rebuild
 * works out only the sections that changed, from the trees the MDX compilation kept
 * (`section-tree.ts`). Keyed by content, so only this build's entries are kept.
 */
const storedPassages = persistedStore<Passage[]>('section-passages.json', { keep: 'used' });
const storedTextLengths = persistedStore<number>('section-text-lengths.json', { keep: 'used' });

let cached: Promise<Passage[]> | undefined;

/** Every passage that uses a glossary entry or SDG goal or target (see `src/lib/references.ts`). */
export function getPassages(): Promise<Passage[]> {
  cached ??= Promise.all([getSections(), getGlossary(), getSdgs()]).then(([sections, glossary, sdgs]) =>
    collectPassages(
      sections.map((section) => ({
        slug: section.id,
        body: section.body ?? '',
        frontmatter: section.data,
        heading: layoutHeading(section),
        filePath: section.filePath,
      })),
      glossary,
      sdgs,
      storedPassages,
    ),
  );
  return cached;
}

/** The characters of the section's heading and text (`sectionTextLength`), which bound its related passages. */
export function sectionTextLengthOf(section: Section): number {
  return sectionTextLength(section.body ?? '', layoutHeading(section), storedTextLengths);
}

let index: Promise<ReferenceIndex> | undefined;

/** The passages looked up by section, entry and SDG, built once per build rather than once per page. */
export function getReferenceIndex(): Promise<ReferenceIndex> {
  index ??= getPassages().then(indexPassages);
  return index;
}
