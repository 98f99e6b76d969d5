import { getCollection, type CollectionEntry } from 'astro:content';

export type Section = CollectionEntry<'sections'>;

function fail(message: string): never {
  throw new Error(`[content] ${message}`);
}

function assertUnique(sections: Section[], key: (s: Section) => string | number, field: string): void {
  const seen = new Map<string | number, Section>();
  for (const section of sections) {
    const value = key(section);
    const previous = seen.get(value);
    if (previous) {
      fail(`${section.filePath}: ${field} "${value}" is already used by ${previous.filePath}`);
    }
    seen.set(value, section);
  }
}

/** Checks what a per-file schema cannot see: uniqueness and parents across the whole collection. */
export function validateSections(sections: Section[]): Section[] {
  assertUnique(sections, (s) => s.id, 'slug');
  assertUnique(sections, (s) => s.data.order, 'order');
  assertUnique(sections, (s) => s.data.idPrefix, 'idPrefix');
  const slugs = new Set(sections.map((s) => s.id));
  for (const section of sections) {
    const { parent } = section.data;
    if (parent !== undefined && !slugs.has(parent)) {
      fail(`${section.filePath}: parent "${parent}" is not the slug of any section`);
    }
  }
  if (sections.filter((s) => s.data.kind === 'title-page').length > 1) {
    fail('more than one section has kind: title-page');
  }
  return [...sections].sort((a, b) => a.data.order - b.data.order);
}

let cached: Promise<Section[]> | undefined;

/** Every part of the report, validated and in reading order; the one place order is decided. */
export function getSections(): Promise<Section[]> {
  cached ??= getCollection('sections').then(validateSections);
  return cached;
}

/** The printed heading, e.g. "1. Chair of the GMG"; the title page keeps its title as is. */
export function printedHeading(section: Section): string {
  const { label, title } = section.data;
  return label === undefined ? title : `${label}. ${title}`;
}

/** Our short navigation name with its printed label, e.g. "A. Activities in 2016", "A.1 Chair of the GMG". */
export function navLabel(section: Section, sections: Section[]): string {
  const { label, navTitle, parent } = section.data;
  if (label === undefined) return navTitle;
  const parentLabel = sections.find((s) => s.id === parent)?.data.label;
  return `${parentLabel === undefined ? `${label}.` : `${parentLabel}.${label}`} ${navTitle}`;
}

/** Heading depth below the page heading: A and B are 1, their subsections 2. */
export function depth(section: Section): number {
  return section.data.parent === undefined ? 1 : 2;
}
