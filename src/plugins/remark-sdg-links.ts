import type { Root } from 'mdast';
import type { SdgEntry } from '../schemas/sdg.ts';
import { blocksOf, replaceInBlock, runHolding, type Replacement } from '../lib/mdast-blocks.ts';
import { createMatcher } from '../lib/term-matcher.ts';
import type { VFile } from 'vfile';
import { tipIds, tooltipTerm } from '../lib/term-tooltip.ts';

export interface SdgLinksOptions {
  /** The goals and targets (`loadSdgs`). */
  entries: SdgEntry[];
  /** The SDG page's path, base included (`/sdg/`); each goal or target is at `#ID`. */
  sdgPath: string;
}

/** "Goal 5" or "Target 8.8", as our tooltips and pages name them. */
export function sdgName(entry: SdgEntry): string {
  return `${entry.kind === 'goal' ? 'Goal' : 'Target'} ${entry.number}`;
}

/**
 * Links every mention of an SDG goal or target in the report's text ("Goal 5", "Target 10.7") to
 * its entry on the SDG page, with the official wording as a tooltip (see `tooltipTerm`). The
 * report paraphrases the goals; the official wording is only ever in our tooltip and page.
 */
export function remarkSdgLinks(options: SdgLinksOptions) {
  const { entries, sdgPath } = options;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const find = createMatcher(entries.flatMap((entry) => entry.mentions.map((text) => ({ text, id: entry.id }))));

  return (tree: Root, file: VFile): void => {
    const nextTipId = tipIds(file, 'sdg');
    for (const block of blocksOf(tree)) {
      const replacements: Replacement[] = [];
      for (const match of find(block.text)) {
        const entry = byId.get(match.id);
        const run = runHolding(block, match.start, match.end);
        if (entry === undefined || run === undefined || run.inLink) continue;
        const node = tooltipTerm(match.text, {
          href: `${sdgPath}#${entry.id}`,
          tipId: nextTipId(),
          tip: `SDG ${sdgName(entry)}: ${entry.wording}.`,
        });
        replacements.push({ start: match.start, end: match.end, node });
      }
      replaceInBlock(block, replacements);
    }
  };
}
