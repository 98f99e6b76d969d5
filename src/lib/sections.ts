import { getCollection, type CollectionEntry } from 'astro:content';
import { validateSections } from './validate-sections.ts';

export type Section = CollectionEntry<'sections'>;

let cached: Promise<Section[]> | undefined;

/** Every part of the report, validated and in reading order; the one place order is decided. */
export function getSections(): Promise<Section[]> {
  cached ??= getCollection('sections').then(validateSections);
  return cached;
}

export { citedLabel, depth, navLabel, printedHeading } from './section-labels.ts';
