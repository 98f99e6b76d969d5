import { resolve } from 'node:path';
import { CACHE_DIR } from './cache-dir.ts';
import { keptEntries } from './kept-json.ts';
import { pageCacheKey } from './page-cache-key.ts';
import { processWide } from './process-wide.ts';

/** What a section's text is rendered from, besides the code and the other content files its key already holds (`pageCacheKey`). */
export interface SectionSource {
  id: string;
  filePath?: string | undefined;
  data: unknown;
  body?: string | undefined;
}

/**
 * A key for a section's rendered text: its file, frontmatter and body, the base path its links
 * carry, and what every page key holds (the code, which includes the Markdown plugins, the other
 * content files, which include the glossary and SDGs those plugins link, the site's address).
 */
export const sectionTextKey = (section: SectionSource, base: string): string =>
  pageCacheKey('section-text', base, section.id, section.filePath, section.data, section.body);

/** What a build did with the section texts it was asked for. */
export interface SectionTextCounts {
  rendered: number;
  kept: number;
}

export interface SectionTexts {
  /** The text under `key`: rendered earlier in this build, kept by an earlier one, or rendered now (`render`) and kept. */
  text(key: string, render: () => Promise<string>): Promise<string>;
  /** Keeps the texts the pages asked for, and only those, for the next build, and says how many were rendered and how many taken as kept. */
  finish(): Promise<SectionTextCounts>;
}

/**
 * Sections' rendered texts kept in `file`, one JSON object of texts by key. The section pages and
 * the full report print the same text for each section; rendered for one, it is taken by the
 * other, and by the next build while the section and the code are unchanged (`kept-json.ts`).
 */
export function sectionTexts(file: string): SectionTexts {
  const kept = keptEntries<string>(file);
  const texts = new Map<string, Promise<string>>();
  const counts = { rendered: 0, kept: 0 };
  async function find(key: string, render: () => Promise<string>): Promise<string> {
    const stored = await kept.get(key);
    if (stored !== undefined) {
      counts.kept += 1;
      return stored;
    }
    counts.rendered += 1;
    const html = await render();
    kept.set(key, html);
    return html;
  }
  return {
    text(key, render) {
      let text = texts.get(key);
      if (text === undefined) {
        text = find(key, render);
        texts.set(key, text);
      }
      return text;
    },
    async finish() {
      await Promise.all(texts.values());
      await kept.finish();
      return { ...counts };
    },
  };
}

/** The build's store, shared by the pages' copy of this module and the config's (`processWide`). */
export const buildSectionTexts = (): SectionTexts => processWide('section-texts', () => sectionTexts(resolve(CACHE_DIR, 'section-texts.json')));
