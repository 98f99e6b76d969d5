import type { Nodes, Root } from 'mdast';
import { VFile } from 'vfile';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { SdgEntry } from '../schemas/sdg.ts';
import { storedOrMade, type KeyedStore } from './keyed-store.ts';
import { blocksOf } from './mdast-blocks.ts';
import { passageIdTransformer } from './passage-ids.ts';
import { parseSectionBody, sectionParser } from './section-tree.ts';
import { inputsDigest } from './source-digest.ts';
import { createMatcher } from './term-matcher.ts';

/**
 * Which passage of the report uses which glossary entry and SDG goal or target: the backlinks on
 * the glossary and SDG pages and the "see also" cross-references. Each section's MDX, as the
 * compilation parsed it (`section-tree.ts`), is given its passage ids exactly as the build does (remark-passage-ids),
 * then read with the same matcher as the plugins, so the result depends only on the content,
 * never on the order in which pages are built.
 */

/** One part of the report as the content collection holds it. */
export interface SectionSource {
  slug: string;
  /** The MDX body, frontmatter excluded. */
  body: string;
  /** Its frontmatter; `idPrefix` and `listItemNoun` shape the passage ids. */
  frontmatter: { idPrefix: string; listItemNoun?: string };
  /** The heading the layout prints from the frontmatter (`#slug`), if any. */
  heading?: string | undefined;
  filePath?: string | undefined;
}

/** One passage that uses at least one glossary entry or SDG goal or target. */
export interface Passage {
  /** Slug of its section. */
  section: string;
  /** Its id on the section page (and on the full report). */
  id: string;
  /** Where it is in its section, in words: "heading", "paragraph 3", "meeting 6", "footnote 1". */
  place: string;
  /** Glossary ids it uses, in order of first use. */
  terms: string[];
  /** SDG goal and target ids it mentions, in order. */
  sdgs: string[];
}

/** Each passage node of a parsed section with its place in words. */
function placesOf(tree: Root, noun: string): Map<Nodes, string> {
  const places = new Map<Nodes, string>();
  let paragraphs = 0;
  let footnotes = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') places.set(node, 'heading');
    if (node.type === 'paragraph') places.set(node, `paragraph ${(paragraphs += 1)}`);
    if (node.type === 'footnoteDefinition') places.set(node, `footnote ${(footnotes += 1)}`);
    if (node.type === 'list') {
      node.children.forEach((item, index) => {
        places.set(item, node.ordered ? `${noun} ${(node.start ?? 1) + index}` : `item ${index + 1}`);
      });
    }
  }
  return places;
}

export interface Finders {
  terms: (text: string) => string[];
  sdgs: (text: string) => string[];
  /** The wordings they look for and what each names: finders with the same digest find the same. */
  digest: string;
}

/** Finders for glossary and SDG uses; acronyms and other wordings are matched apart, as the plugins do. */
export function createFinders(glossary: GlossaryEntry[], sdgs: SdgEntry[]): Finders {
  const wordings = {
    acronyms: glossary.flatMap((entry) => entry.acronyms.map((text) => ({ text, id: entry.id }))),
    mentions: glossary.flatMap((entry) => entry.mentions.map((text) => ({ text, id: entry.id }))),
    goals: sdgs.flatMap((entry) => entry.mentions.map((text) => ({ text, id: entry.id }))),
  };
  const acronyms = createMatcher(wordings.acronyms);
  const mentions = createMatcher(wordings.mentions);
  const goals = createMatcher(wordings.goals);
  const ids = (matches: { start: number; id: string }[]) =>
    [...new Set([...matches].sort((a, b) => a.start - b.start).map((match) => match.id))];
  return {
    terms: (text) => ids([...acronyms(text), ...mentions(text)]),
    sdgs: (text) => ids(goals(text)),
    digest: inputsDigest(wordings),
  };
}

/** Made when a section's passages are first asked for: a rebuild that finds them all in the build cache loads no parser. */
let withPassageIds: ReturnType<typeof passageParser> | undefined;
const passageParser = () => sectionParser().use(passageIdTransformer);

/** The passages of one section that use a glossary entry or an SDG goal or target, in reading order. */
export function passagesOf(source: SectionSource, finders: Finders): Passage[] {
  const passages = new Map<string, Passage>();
  const add = (id: string, place: string, text: string): void => {
    const terms = finders.terms(text);
    const sdgs = finders.sdgs(text);
    if (terms.length + sdgs.length === 0) return;
    const passage = passages.get(id) ?? { section: source.slug, id, place, terms: [], sdgs: [] };
    passage.terms = [...new Set([...passage.terms, ...terms])];
    passage.sdgs = [...new Set([...passage.sdgs, ...sdgs])];
    passages.set(id, passage);
  };
  if (source.heading !== undefined) add(source.slug, 'heading', source.heading);

  const file = new VFile({ value: source.body, path: source.filePath ?? `${source.slug}.mdx` });
  file.data['astro'] = { frontmatter: source.frontmatter };
  withPassageIds ??= passageParser();
  const tree = withPassageIds.runSync(structuredClone(parseSectionBody(source.body)), file) as Root;
  const places = placesOf(tree, source.frontmatter.listItemNoun ?? 'item');
  for (const block of blocksOf(tree)) {
    if (block.passage === undefined || block.passageId === undefined) continue;
    const place = places.get(block.passage) ?? 'passage';
    add(block.passageId, place, block.text);
  }
  return [...passages.values()];
}

/** Everything `passagesOf` reads: the section's text, what shapes its ids, its name in errors, and the finders. */
function passagesKey(source: SectionSource, finders: Finders): string {
  const { slug, body, heading, filePath, frontmatter } = source;
  return inputsDigest('passages', slug, body, frontmatter.idPrefix, frontmatter.listItemNoun, heading, filePath, finders.digest);
}

/**
 * Every passage of the report that uses something in the glossary or the SDG data, in reading
 * order. A section whose passages `stored` holds under the same inputs is not parsed: parsing is
 * most of the cost, and a rebuild after a small edit would otherwise parse the whole report.
 */
export function collectPassages(
  sources: SectionSource[],
  glossary: GlossaryEntry[],
  sdgs: SdgEntry[],
  stored: KeyedStore<Passage[]> = new Map(),
): Passage[] {
  const finders = createFinders(glossary, sdgs);
  return sources.flatMap((source) => storedOrMade(stored, passagesKey(source, finders), () => passagesOf(source, finders)));
}

/** The passages that use a glossary entry. */
export function passagesUsingTerm(passages: Passage[], id: string): Passage[] {
  return passages.filter((passage) => passage.terms.includes(id));
}

/** The passages that mention an SDG goal or target. */
export function passagesUsingSdg(passages: Passage[], id: string): Passage[] {
  return passages.filter((passage) => passage.sdgs.includes(id));
}
