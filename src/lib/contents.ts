import type { LabelledSection } from './section-labels.ts';

/**
 * Up to this many parts, every page's contents lists the whole report (this report has five).
 * Beyond it a page lists a bounded slice, so a page does not grow with the report.
 */
export const FULL_CONTENTS_MAX = 20;

/**
 * The parts a page's contents lists, in reading order: every part of a short report; in a long one
 * the top-level parts, the current part and its ancestors, and the current part's own sub-parts.
 * `current` is the slug being read, or a page such as `glossary` that is no part (top level only).
 * The home page's contents list keeps the whole tree.
 */
export function contentsFor<T extends LabelledSection>(sections: T[], current: string | undefined): T[] {
  if (sections.length <= FULL_CONTENTS_MAX) return sections;
  const bySlug = new Map(sections.map((section) => [section.id, section]));
  const path = new Set<string>();
  for (let part = current === undefined ? undefined : bySlug.get(current); part !== undefined && !path.has(part.id); ) {
    path.add(part.id);
    part = part.data.parent === undefined ? undefined : bySlug.get(part.data.parent);
  }
  return sections.filter(
    (section) =>
      section.data.parent === undefined || path.has(section.id) || (current !== undefined && section.data.parent === current),
  );
}

/** The search filter a report's pages offer: Pagefind's filter name and its choices, in reading order. */
export interface SearchFilter {
  name: 'section' | 'part';
  choices: { value: string; label: string }[];
}

/**
 * A short report filters search by section (the value is the section's navigation label); a long
 * one by top-level part (the value is the part's slug), so the menu every page carries stays as
 * bounded as its contents. `label` names a part as navigation does.
 */
export function searchFilterFor<T extends LabelledSection>(sections: T[], label: (section: T) => string): SearchFilter {
  if (sections.length <= FULL_CONTENTS_MAX) {
    return { name: 'section', choices: sections.map((section) => ({ value: label(section), label: label(section) })) };
  }
  const tops = sections.filter((section) => section.data.parent === undefined);
  return { name: 'part', choices: tops.map((section) => ({ value: section.id, label: label(section) })) };
}

/** What a section page's text is filed under in the search index: `name:value` for `data-pagefind-filter`. */
export function searchFilterValue<T extends LabelledSection>(section: T, sections: T[], label: (section: T) => string): string {
  if (sections.length <= FULL_CONTENTS_MAX) return `section:${label(section)}`;
  return `part:${section.data.parent ?? section.id}`;
}
