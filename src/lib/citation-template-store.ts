import type { Template, TemplateStore } from './citation-template.ts';
import type { CitationStyle } from './cited-items.ts';
import { keptTemplate } from './kept-citation-templates.ts';
import { persistedStore } from './persisted-store.ts';

/**
 * Citation templates kept in Astro's build cache (`<cacheDir>/citation-templates.json`), so that a
 * build after the first makes none: building citeproc's four engines and making the templates takes
 * a quarter of a second or more, which every build would otherwise pay for the pages it always
 * writes (home, full report). They are used only under the same `sourceDigest`, which covers the
 * styles and locales (`src/lib/csl/`), the code and the exact versions of citeproc and Citation.js.
 * All are kept, not only those this build used: a page a later build renders again needs its
 * style's templates even when this build rendered none that did, and there are only a few per style.
 * What the cache does not hold, the edition's committed templates may (`kept-citation-templates.ts`),
 * so that a build from nothing runs no citeproc either for the edition's own pages.
 */
const templates = persistedStore<Template | null>('citation-templates.json', { keep: 'all' });

/** Where each output's templates are kept, one namespace per style and output. */
export const templateNames = {
  reference: (style: CitationStyle, format: 'html' | 'text'): string => `${style.id} ${format}`,
  inText: (style: CitationStyle): string => `${style.id} in-text`,
};

/** The key a template is stored under, in the cache and in the committed file: its namespace, then its own key. */
export const templateStoreKey = (namespace: string, key: string): string => `${namespace}\n${key}`;

/** The stored templates of one style and output (`namespace`, e.g. "apa html"). */
export function storedTemplates(namespace: string): TemplateStore {
  return {
    get: (key) => {
      const at = templateStoreKey(namespace, key);
      const cached = templates.get(at);
      return cached === undefined ? keptTemplate(at) : cached;
    },
    set: (key, template) => templates.set(templateStoreKey(namespace, key), template),
  };
}
