import type { SectionData } from '../schemas/section.ts';

/** What the labels read of a section entry; free of `astro:content` so it can be unit-tested. */
export interface LabelledSection {
  id: string;
  data: Pick<SectionData, 'label' | 'title' | 'navTitle' | 'parent'>;
}

/** The printed heading, e.g. "1. Chair of the GMG"; the title page keeps its title as is. */
export function printedHeading(section: LabelledSection): string {
  const { label, title } = section.data;
  return label === undefined ? title : `${label}. ${title}`;
}

/** Each list's labels by slug, built once per list: pages name many parts, and a long report has many. */
const labelsByList = new WeakMap<readonly LabelledSection[], Map<string, string | undefined>>();

function labelOf(slug: string | undefined, sections: readonly LabelledSection[]): string | undefined {
  if (slug === undefined) return undefined;
  let labels = labelsByList.get(sections);
  if (labels === undefined) {
    labels = new Map(sections.map((s) => [s.id, s.data.label]));
    labelsByList.set(sections, labels);
  }
  return labels.get(slug);
}

/** Our short navigation name with its printed label, e.g. "A. Activities in 2016", "A.1 Chair of the GMG". */
export function navLabel(section: LabelledSection, sections: LabelledSection[]): string {
  const { label, navTitle, parent } = section.data;
  if (label === undefined) return navTitle;
  const parentLabel = labelOf(parent, sections);
  return `${parentLabel === undefined ? `${label}.` : `${parentLabel}.${label}`} ${navTitle}`;
}

/** Heading depth below the page heading: A and B are 1, their subsections 2. */
export function depth(section: LabelledSection): number {
  return section.data.parent === undefined ? 1 : 2;
}

/** The label a citation gives, with its parent's: "A", "A.1"; undefined for the title page. */
export function citedLabel(section: LabelledSection, sections: readonly LabelledSection[]): string | undefined {
  const { label, parent } = section.data;
  if (label === undefined) return undefined;
  const parentLabel = labelOf(parent, sections);
  return parentLabel === undefined ? label : `${parentLabel}.${label}`;
}
