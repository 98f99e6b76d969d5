import type { Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';

/** One tooltip of a page: our words for a term, rendered once after the report's text. */
export interface TermTip {
  /** `tip--ID` for a glossary entry, `sdg--ID` for a goal or target: one per term per page. */
  id: string;
  /** Our words: the expansion or the official wording. */
  text: string;
}

export interface TooltipOptions {
  /** Where the term links: its glossary entry or SDG page anchor. */
  href: string;
  /** The tooltip this use points at. */
  tip: TermTip;
}

/**
 * The report's words, unchanged, as a link to our explanation:
 *
 *     <a class="term__link" href="/glossary/#term-gmg" aria-describedby="tip--gmg">GMG</a>
 *
 * The explanation itself is not here: the page renders one tooltip per term after the report's
 * text (`TermTips.astro`, from what `recordTip` collected), so a text browser, reader mode,
 * copy-paste and the search index get the report's sentences whole; src/scripts/term-tips.ts
 * shows it beside the term. Without JavaScript the link leads to the explanation. It is still a
 * text node in mdast (whose value is the report's words), so `toString` and later plugins
 * see only the report; `hName` and `hProperties` tell remark-rehype to render the link.
 */
export function tooltipTerm(words: string, { href, tip }: TooltipOptions): Text {
  return {
    type: 'text',
    value: words,
    data: {
      hName: 'a',
      hProperties: { className: ['term__link'], href, ariaDescribedBy: [tip.id] },
      hChildren: [{ type: 'text', value: words }],
    },
  };
}

interface AstroData {
  frontmatter?: Record<string, unknown>;
}

/**
 * Notes a tooltip the file's text uses, once per id, in the frontmatter Astro hands back as
 * `remarkPluginFrontmatter`: the page renders exactly the tooltips its text points at.
 */
export function recordTip(file: VFile, tip: TermTip): void {
  const astro = (file.data['astro'] ??= {}) as AstroData;
  const frontmatter = (astro.frontmatter ??= {});
  const tips = (frontmatter['termTips'] ??= []) as TermTip[];
  if (!tips.some((known) => known.id === tip.id)) tips.push(tip);
}

/** The tooltips recorded by `recordTip`, read back from `remarkPluginFrontmatter`. */
export function recordedTips(frontmatter: Record<string, unknown>): TermTip[] {
  const tips = frontmatter['termTips'];
  return Array.isArray(tips) ? (tips as TermTip[]) : [];
}
