import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { blocksOf, placeOf, replaceInBlock, runHolding, type Replacement } from '../lib/mdast-blocks.ts';
import { acronymTokens, createMatcher, isCovered, printedCapitals } from '../lib/term-matcher.ts';
import { recordTip, tooltipTerm } from '../lib/term-tooltip.ts';

export interface GlossaryTermsOptions {
  /** The validated glossary (`loadGlossary`). */
  entries: GlossaryEntry[];
  /** The glossary page's path, base included (`/glossary/`); entries are at `#term-ID`. */
  glossaryPath: string;
  /** The glossary file, named in the error for an unknown acronym. */
  glossaryFile?: string;
}

/** The anchor of a glossary entry on the glossary page. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

function where(file: VFile, place: { line: number; column: number } | undefined): string {
  const inProject = file.path ? relative(file.cwd, file.path) : 'the text';
  const path = inProject.startsWith('..') ? file.path : inProject;
  return place === undefined ? path : `${path}:${place.line}:${place.column}`;
}

/**
 * Marks the acronyms of the report's text with their expansion: the first use of each acronym in
 * each passage becomes a link to its glossary entry, described by the entry's tooltip (see
 * `tooltipTerm`), so a reader who lands on any passage by its link finds the expansion there. The
 * tooltips themselves are recorded (`recordTip`) for the page to render once each, after the
 * report's text. Text inside links is left alone.
 *
 * An all-capitals token that no glossary entry lists fails the build, naming the file, line and
 * token, unless it belongs to a heading printed in capitals (`printedCapitals`).
 */
export function remarkGlossaryTerms(options: GlossaryTermsOptions) {
  const { entries, glossaryPath, glossaryFile = 'content/glossary.yaml' } = options;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const findAcronyms = createMatcher(entries.flatMap((entry) => entry.acronyms.map((text) => ({ text, id: entry.id }))));

  return (tree: Root, file: VFile): void => {
    const markedIn = new Map<string, Set<string>>();
    for (const block of blocksOf(tree)) {
      const found = findAcronyms(block.text);
      const capitals = printedCapitals(block.text);
      for (const token of acronymTokens(block.text)) {
        if (isCovered(token, found) || isCovered(token, capitals)) continue;
        file.fail(
          `${where(file, placeOf(block, token.start))}: "${token.text}" looks like an acronym but has no entry in ${glossaryFile}. ` +
            'Add it to the acronyms of an entry (or a new entry) so readers can find what it stands for.',
        );
      }
      const passageKey = block.passageId ?? '';
      const marked = markedIn.get(passageKey) ?? new Set<string>();
      markedIn.set(passageKey, marked);
      const replacements: Replacement[] = [];
      for (const match of found) {
        const entry = byId.get(match.id);
        const run = runHolding(block, match.start, match.end);
        if (entry === undefined || run === undefined || run.inLink || marked.has(entry.id)) continue;
        marked.add(entry.id);
        const tip = { id: `tip--${entry.id}`, text: entry.expansion };
        recordTip(file, tip);
        const node = tooltipTerm(match.text, { href: `${glossaryPath}#${termAnchor(entry.id)}`, tip });
        replacements.push({ start: match.start, end: match.end, node });
      }
      replaceInBlock(block, replacements);
    }
  };
}
