import { readdirSync, readFileSync } from 'node:fs';
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
    const dir = join(scratch.dir, 'texts');
    const first = sectionTexts(dir);
    const a = counted('<p>A</p>');
    const [sectionPage, fullReport] = await Promise.all([first.text('key-a', a.render), first.text('key-a', a.render)]);
    expect([sectionPage, fullReport, a.calls.count]).toEqual(['<p>A</p> (render 1)', '<p>A</p> (render 1)', 1]);
    await first.text('key-b', counted('<p>B</p>').render);
    expect(await first.finish()).toEqual({ rendered: 2, kept: 0 });
    expect(readFileSync(join(dir, 'key-a.html'), 'utf8')).toBe('<p>A</p> (render 1)');

    // The next build: A unchanged, B edited (a new key); the old B is no longer asked for.
    const next = sectionTexts(dir);
    const again = counted('<p>A</p>');
    expect(await next.text('key-a', again.render)).toBe('<p>A</p> (render 1)');
    expect(again.calls.count).toBe(0);
    await next.text('key-b2', counted('<p>B, edited</p>').render);
    expect(await next.finish()).toEqual({ rendered: 1, kept: 1 });
    expect(readdirSync(dir).sort()).toEqual(['key-a.html', 'key-b2.html']);
  });

  it('leaves the folder as it was after a build that asked for no text', async () => {
    const { sectionTexts } = await import('./section-texts.ts');
    const dir = join(scratch.dir, 'untouched');
    const first = sectionTexts(dir);
    await first.text('key-a', counted('<p>A</p>').render);
    await first.finish();
    expect(await sectionTexts(dir).finish()).toEqual({ rendered: 0, kept: 0 });
    expect(readdirSync(dir)).toEqual(['key-a.html']);
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
