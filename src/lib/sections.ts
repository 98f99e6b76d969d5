import { getCollection, type CollectionEntry } from 'astro:content';
import { validateSections } from './validate-sections.ts';

export type Section = CollectionEntry<'sections'>;

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
