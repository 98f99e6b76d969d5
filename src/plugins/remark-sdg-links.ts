import type { Root } from 'mdast';
import type { SdgEntry } from '../schemas/sdg.ts';
import { blocksOf, replaceInBlock, runHolding, type Replacement } from '../lib/mdast-blocks.ts';
import { createMatcher } from '../lib/term-matcher.ts';
import type { VFile } from 'vfile';
import { recordTip, tooltipTerm } from '../lib/term-tooltip.ts';

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
 * its entry on the SDG page, described by a tooltip with the official wording (see `tooltipTerm`;
 * the page renders each tooltip once, after the report's text). The report paraphrases the goals;
 * the official wording is only ever in our tooltip and page.
 */
export function remarkSdgLinks(options: SdgLinksOptions) {
  const { entries, sdgPath } = options;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const find = createMatcher(entries.flatMap((entry) => entry.mentions.map((text) => ({ text, id: entry.id }))));

  return (tree: Root, file: VFile): void => {
    for (const block of blocksOf(tree)) {
      const replacements: Replacement[] = [];
      for (const match of find(block.text)) {
        const entry = byId.get(match.id);
        const run = runHolding(block, match.start, match.end);
        if (entry === undefined || run === undefined || run.inLink) continue;
        const tip = { id: `sdg--${entry.id}`, text: `SDG ${sdgName(entry)}: ${entry.wording}.` };
        recordTip(file, tip);
        const node = tooltipTerm(match.text, { href: `${sdgPath}#${entry.id}`, tip });
        replacements.push({ start: match.start, end: match.end, node });
      }
      replaceInBlock(block, replacements);
    }
  };
}
