import { describe, expect, it } from 'vitest';
import { CITE_FILES } from '../../src/lib/cite-files.ts';
import { withDevServer } from '../support/build-site.ts';

describe('the development server (npm run dev)', () => {
  it('serves every citation file a section page links to, with its type', async () => {
    const answers = await withDevServer(async (url) => {
      const page = await (await fetch(new URL('chair-of-the-gmg/', url))).text();
      const links = [...page.matchAll(/href="(\/cite\/[^"]+)"/g)].map((match) => match[1] as string);
      return Promise.all(
        [...new Set(links)].map(async (link) => {
          const response = await fetch(new URL(link, url));
          return { link, status: response.status, type: response.headers.get('content-type'), body: await response.text() };
        }),
      );
    });
    expect(answers.map(({ link }) => link.replace(/^.*\./, '')).sort()).toEqual(CITE_FILES.map(({ ext }) => ext).sort());
    for (const { link, status, type, body } of answers) {
      const format = CITE_FILES.find(({ ext }) => link.endsWith(`.${ext}`));
      expect({ link, status, type }).toEqual({ link, status: 200, type: `${format?.type}; charset=utf-8` });
      expect(body).toContain('chair');
    }
  }, 120_000);
});
