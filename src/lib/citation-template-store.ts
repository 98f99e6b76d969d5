import type { Template, TemplateStore } from './citation-template.ts';
import type { CitationStyle } from './cited-items.ts';
import { persistedStore } from './persisted-store.ts';

/**
 * Citation templates kept in Astro's build cache (`<cacheDir>/citation-templates.json`), so that a
 * build after the first makes none: building citeproc's four engines and making the templates takes
 * a quarter of a second or more, which every build would otherwise pay for the pages it always
 * writes (home, full report). They are used only under the same `sourceDigest`, which covers the
 * styles and locales (`src/lib/csl/`), the code and the exact versions of citeproc and Citation.js.
 * All are kept, not only those this build used: a page a later build renders again needs its
 * style's templates even when this build rendered none that did, and there are only a few per style.
 */
const templates = persistedStore<Template | null>('citation-templates.json', { keep: 'all' });

/** Where each output's templates are kept, one namespace per style and output. */
export const templateNames = {
  reference: (style: CitationStyle, format: 'html' | 'text'): string => `${style.id} ${format}`,
  inText: (style: CitationStyle): string => `${style.id} in-text`,
};

/** The stored templates of one style and output (`namespace`, e.g. "apa html"). */
export function storedTemplates(namespace: string): TemplateStore {
  const at = (key: string) => `${namespace}\n${key}`;
  return {
    get: (key) => templates.get(at(key)),
    set: (key, template) => templates.set(at(key), template),
  };
}
