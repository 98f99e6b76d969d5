import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';
import { KEPT_TEMPLATES_FILE } from './kept-citation-templates.ts';

const template = { parts: ['<div>', ' cited at ', '</div>'], fields: ['id' as const, 'URL' as const] };

describe('storedTemplates', () => {
  const scratch = scratchWithCache('templates');
  const fresh = async () => {
    // A new build: the module, and what it has loaded, start again.
    vi.resetModules();
    return import('./citation-template-store.ts');
  };


  it('keeps a template, and a template found not to fit, for the next build, per style and output', async () => {
    const first = await fresh();
    first.storedTemplates('apa html').set('key', template);
    first.storedTemplates('apa text').set('key', null);
    const next = await fresh();
    expect(next.storedTemplates('apa html').get('key')).toEqual(template);
    expect(next.storedTemplates('apa text').get('key')).toBeNull();
    expect(next.storedTemplates('mla html').get('key')).toBeUndefined();
  });

  it("finds the edition's kept templates where the cache holds none", async () => {
    const { entries } = JSON.parse(readFileSync(KEPT_TEMPLATES_FILE, 'utf8')) as { entries: Record<string, unknown> };
    const [stored, template] = Object.entries(entries)[0] ?? [];
    const [namespace = '', key = ''] = stored?.split('\n') ?? [];
    expect(template).toBeTruthy();
    const next = await fresh();
    expect(next.storedTemplates(namespace).get(key)).toEqual(template);
    expect(next.storedTemplates(namespace).get(`${key}-another-record`)).toBeUndefined();
  });

  it('ignores what was stored under other code or dependencies', async () => {
    const file = join(scratch.cache, 'citation-templates.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { digest: string };
    writeFileSync(file, JSON.stringify({ ...stored, digest: `${stored.digest}-other` }));
    const next = await fresh();
    expect(next.storedTemplates('apa html').get('key')).toBeUndefined();
  });
});
