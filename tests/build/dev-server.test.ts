import { beforeAll, describe, expect, it } from 'vitest';
import { CITE_FILES } from '../../src/lib/cite-files.ts';
import { withDevServer } from '../support/build-site.ts';

interface Answer {
  path: string;
  status: number;
  type: string | null;
  bytes: Buffer;
}

/**
 * A build writes the citation files and the link-preview images itself, outside Astro's routes;
 * the development server has routes of its own for them (`src/dev-routes/`).
 */
describe('the development server (npm run dev)', () => {
  let citations: Answer[];
  let image: Answer;

  beforeAll(async () => {
    ({ citations, image } = await withDevServer(async (url) => {
      const page = await (await fetch(new URL('chair-of-the-gmg/', url))).text();
      const ask = async (path: string): Promise<Answer> => {
        const response = await fetch(new URL(path, url));
        return { path, status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
      };
      const links = [...new Set([...page.matchAll(/href="(\/cite\/[^"]+)"/g)].map((match) => match[1] as string))];
      const card = new URL(/<meta property="og:image" content="([^"]+)"/.exec(page)?.[1] ?? '/none', url).pathname;
      return { citations: await Promise.all(links.map(ask)), image: await ask(card) };
    }));
  }, 120_000);

  it('serves every citation file a section page links to, with its type', () => {
    expect(citations.map(({ path }) => path.replace(/^.*\./, '')).sort()).toEqual(CITE_FILES.map(({ ext }) => ext).sort());
    for (const { path, status, type, bytes } of citations) {
      const format = CITE_FILES.find(({ ext }) => path.endsWith(`.${ext}`));
      expect({ path, status, type }).toEqual({ path, status: 200, type: `${format?.type}; charset=utf-8` });
      expect(bytes.toString('utf8')).toContain('chair');
    }
  });

  it("serves the link-preview image the page names, as a PNG", () => {
    expect({ path: image.path, status: image.status, type: image.type }).toEqual({ path: '/og/chair-of-the-gmg.png', status: 200, type: 'image/png' });
    expect(image.bytes.subarray(1, 4).toString()).toBe('PNG');
  });
});
