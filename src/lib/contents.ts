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

/**
 * What a section page's text is filed under in the search index, as `name:value` for
 * `data-pagefind-filter`: a short report by section, a long one by top-level part (both named as
 * navigation names them), so the filter menu the search UI fills from the index stays as bounded
 * as the contents. `label` names a part as navigation does.
 */
export function searchFilterValue<T extends LabelledSection>(section: T, sections: T[], label: (section: T) => string): string {
  if (sections.length <= FULL_CONTENTS_MAX) return `section:${label(section)}`;
  const top = section.data.parent === undefined ? section : sections.find((part) => part.id === section.data.parent);
  return `part:${label(top ?? section)}`;
}
