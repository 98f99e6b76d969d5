import type { Text } from 'mdast';
import { h } from 'hastscript';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';

export interface TooltipOptions {
  /** Where the term links: its glossary entry or SDG page anchor. */
  href: string;
  /** Unique on the page, including the full report where every section is rendered together. */
  tipId: string;
  /** Our words: the expansion or the official wording. */
  tip: string;
}

/**
 * The report's words, unchanged, as a link to our explanation, followed by a tooltip carrying it:
 *
 *     <span class="term"><a class="term__link" href aria-describedby>GMG</a><span role="tooltip"
 *       class="term__tip" id hidden data-apparatus data-pagefind-ignore>Global Migration Group</span></span>
 *
 * The tooltip is `hidden` until CSS shows it on hover and keyboard focus (and a script on touch),
 * so the text a reader copies and the search index holds stay the report's own. It is still a
 * text node in mdast (whose value is the report's words), so `toString` and later plugins see
 * only the report; `hChildren` tells remark-rehype what to render instead.
 */
export function tooltipTerm(words: string, { href, tipId, tip }: TooltipOptions): Text {
  return {
    type: 'text',
    value: words,
    data: {
      hName: 'span',
      hProperties: { className: ['term'] },
      hChildren: [
        h('a', { className: ['term__link'], href, ariaDescribedBy: tipId }, words),
        h(
          'span',
          { className: ['term__tip'], role: 'tooltip', id: tipId, hidden: true, dataApparatus: '', dataPagefindIgnore: '' },
          tip,
        ),
      ],
    },
  };
}

/**
 * Ids for a file's tooltips: `PREFIX--KIND-N`, e.g. `gmg--tip-3`, with the section's `idPrefix`
 * so they stay unique on the full report. Passage ids never hold `--`, so the two cannot clash;
 * short, because every tooltip's id is written twice into the page.
 */
export function tipIds(file: VFile, kind: string): () => string {
  const astro = file.data['astro'] as { frontmatter?: { idPrefix?: unknown } } | undefined;
  const prefix = astro?.frontmatter?.idPrefix;
  let count = 0;
  return () => `${typeof prefix === 'string' ? prefix : 'text'}--${kind}-${(count += 1)}`;
}
