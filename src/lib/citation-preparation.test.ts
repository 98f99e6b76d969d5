import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { templateNames, type CslItem } from './cited-items.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'un15cm-citations-'));
vi.stubEnv('SITE_CACHE_DIR', cacheDir);

/** The modules as a page would load them after the worker: a fresh copy reads the store from disk. */
async function fresh() {
  vi.resetModules();
  return {
    preparation: await import('./citation-preparation.ts'),
    citation: await import('./citation.ts'),
    template: await import('./citation-template.ts'),
    store: await import('./citation-template-store.ts'),
  };
}

describe('prepareCitations', () => {
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('makes on a worker thread every template the pages fill in, the same a page would make', async () => {
    const { preparation, citation } = await fresh();
    const parts = [
      { slug: 'title-page', label: '', title: 'Title' },
      { slug: 'a', label: 'A', title: 'One' },
      { slug: 'a-1', label: 'A.1', title: 'Two' },
      { slug: 'a-2', label: 'A.2', title: 'Three' },
    ];
    const items: CslItem[] = [citation.citedItem('https://example.org/'), ...parts.map((part) => citation.citedItem(`https://example.org/${part.slug}/`, part))];
    // A.1 and A.2 share their templates.
    expect(preparation.itemsToPrepare(items)).toHaveLength(4);
    expect(preparation.templatesKept(items)).toBe(false);

    preparation.prepareCitations(items);
    await preparation.citationsPrepared();
    expect(preparation.preparationReport().error).toBeUndefined();
    expect(preparation.preparationReport().ms).toBeGreaterThan(0);

    const after = await fresh();
    expect(after.preparation.templatesKept(items)).toBe(true);
    for (const style of after.citation.STYLES) {
      const kept = after.store.storedTemplates(templateNames.reference(style, 'html'));
      for (const item of items) {
        const made = new Map();
        after.template.templatedFormat((one: CslItem) => after.citation.citeprocReference(one, style, 'html'), true, made)(item);
        expect(kept.get(after.template.templateKey(item)), `${style.id} ${item.id}`).toEqual(made.get(after.template.templateKey(item)));
      }
    }
  }, 60_000);
});
