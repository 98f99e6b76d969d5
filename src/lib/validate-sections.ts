import type { SectionData } from '../schemas/section.ts';

/** The parts of a collection entry the cross-file checks read; kept free of `astro:content` so it can be unit-tested. */
export interface SectionEntry {
  /** The slug: the glob loader's id for the file. */
  id: string;
  /** The MDX file, relative to the project root, for error messages. */
  filePath?: string | undefined;
  data: Pick<SectionData, 'order' | 'idPrefix' | 'parent' | 'kind'> & { movedFrom?: string[] | undefined };
}

function fail(message: string): never {
  throw new Error(`[content] ${message}`);
}

function fileOf(section: SectionEntry): string {
  return section.filePath ?? `section "${section.id}"`;
}

function assertUnique<T extends SectionEntry>(sections: T[], key: (s: T) => string | number, field: string): void {
  const seen = new Map<string | number, T>();
  for (const section of sections) {
    const value = key(section);
    const previous = seen.get(value);
    if (previous) {
      fail(`${fileOf(section)}: ${field} "${value}" is already used by ${fileOf(previous)}`);
    }
    seen.set(value, section);
  }
}

/**
 * Checks what a per-file schema cannot see: uniqueness and parents across the whole collection.
 * Returns the sections in reading order; throws naming the offending file(s).
 */
export function validateSections<T extends SectionEntry>(sections: T[]): T[] {
  assertUnique(sections, (s) => s.id, 'slug');
  assertUnique(sections, (s) => s.data.order, 'order');
  assertUnique(sections, (s) => s.data.idPrefix, 'idPrefix');
  const bySlug = new Map(sections.map((s) => [s.id, s]));
  const formerly = new Map<string, T>();
  for (const section of sections) {
    for (const old of section.data.movedFrom ?? []) {
      const current = bySlug.get(old);
      if (current !== undefined) fail(`${fileOf(section)}: movedFrom "${old}" is the address of ${fileOf(current)}`);
      const other = formerly.get(old);
      if (other !== undefined) fail(`${fileOf(section)}: movedFrom "${old}" is already claimed by ${fileOf(other)}`);
      formerly.set(old, section);
    }
  }
  for (const section of sections) {
    const { parent } = section.data;
    if (parent === undefined) continue;
    const parentSection = bySlug.get(parent);
    if (parentSection === undefined) {
      fail(`${fileOf(section)}: parent "${parent}" is not the slug of any section`);
    }
    // Navigation, breadcrumbs and heading levels know two levels (A, then A.1); deeper nesting would render wrongly.
    if (parentSection.data.parent !== undefined) {
      fail(`${fileOf(section)}: parent "${parent}" must be a top-level section (one that has no parent)`);
    }
  }
  const titlePages = sections.filter((s) => s.data.kind === 'title-page');
  if (titlePages.length > 1) {
    fail(`more than one section has kind: title-page (${titlePages.map(fileOf).join(', ')})`);
  }
  return [...sections].sort((a, b) => a.data.order - b.data.order);
}
