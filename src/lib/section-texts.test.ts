import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';

describe('sectionTexts', () => {
  const scratch = scratchWithCache('section-texts');
  /** A render that counts its calls and says which call it was. */
  const counted = (text: string) => {
    const calls = { count: 0 };
    return { calls, render: async () => `${text} (render ${(calls.count += 1)})` };
  };

  it('renders a text once per build, whichever page asks first, and keeps it for the next build', async () => {
    const { sectionTexts } = await import('./section-texts.ts');
    const file = join(scratch.dir, 'texts', 'section-texts.json');
    const kept = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const first = sectionTexts(file);
    const a = counted('<p>A</p>');
    const [sectionPage, fullReport] = await Promise.all([first.text('key-a', a.render), first.text('key-a', a.render)]);
    expect([sectionPage, fullReport, a.calls.count]).toEqual(['<p>A</p> (render 1)', '<p>A</p> (render 1)', 1]);
    await first.text('key-b', counted('<p>B</p>').render);
    expect(await first.finish()).toEqual({ rendered: 2, kept: 0 });
    expect(kept()).toEqual({ 'key-a': '<p>A</p> (render 1)', 'key-b': '<p>B</p> (render 1)' });

    // The next build: A unchanged, B edited (a new key); the old B is no longer asked for.
    const next = sectionTexts(file);
    const again = counted('<p>A</p>');
    expect(await next.text('key-a', again.render)).toBe('<p>A</p> (render 1)');
    expect(again.calls.count).toBe(0);
    await next.text('key-b2', counted('<p>B, edited</p>').render);
    expect(await next.finish()).toEqual({ rendered: 1, kept: 1 });
    expect(kept()).toEqual({ 'key-a': '<p>A</p> (render 1)', 'key-b2': '<p>B, edited</p> (render 1)' });

    // With nothing changed, nothing is rendered and the file is not written again.
    const written = statSync(file).mtimeMs;
    const unchanged = sectionTexts(file);
    await Promise.all(['key-a', 'key-b2'].map((key) => unchanged.text(key, counted('x').render)));
    expect(await unchanged.finish()).toEqual({ rendered: 0, kept: 2 });
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('leaves the file as it was after a build that asked for no text', async () => {
    const { sectionTexts } = await import('./section-texts.ts');
    const file = join(scratch.dir, 'untouched', 'section-texts.json');
    const first = sectionTexts(file);
    await first.text('key-a', counted('<p>A</p>').render);
    await first.finish();
    expect(await sectionTexts(file).finish()).toEqual({ rendered: 0, kept: 0 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'key-a': '<p>A</p> (render 1)' });
  });

  it("keys a text by the section's file, frontmatter and body and by the base path, so any of them changing renders it again", async () => {
    const { sectionTextKey } = await import('./section-texts.ts');
    const section = { id: 'a', filePath: 'content/sections/a.mdx', data: { title: 'A' }, body: 'Text.' };
    const key = sectionTextKey(section, '/');
    expect(sectionTextKey({ ...section }, '/')).toBe(key);
    for (const changed of [
      sectionTextKey({ ...section, body: 'Text, edited.' }, '/'),
      sectionTextKey({ ...section, data: { title: 'A, retitled' } }, '/'),
      sectionTextKey({ ...section, filePath: 'content/sections/b.mdx' }, '/'),
      sectionTextKey(section, '/sub/'),
    ]) {
      expect(changed).not.toBe(key);
    }
  });
});
