import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { citeFile } from '../../lib/citation.ts';
import { citedItem, citingPages } from '../../lib/cited-items.ts';
import { CITE_FILES } from '../../lib/cite-files.ts';
import { pageCacheKey } from '../../lib/page-cache-key.ts';
import { getSections } from '../../lib/sections.ts';

/** The report's and each section's RIS, BibTeX and CSL-JSON files (`_headers` gives their types). */
export const getStaticPaths = (async () => {
  const pages = citingPages(await getSections());
  return pages.flatMap(({ name, path, part }) =>
    CITE_FILES.map(({ ext }) => ({ params: { name, ext }, props: { path, part }, cacheKey: pageCacheKey(path, part) })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ params, props, site }) => {
  const { path, part } = props;
  const item = citedItem(new URL(path, site).href, part);
  const format = CITE_FILES.find(({ ext }) => ext === params['ext']);
  if (format === undefined) throw new Error(`[cite] no file format ".${params['ext']}"`);
  return new Response(citeFile(item, format.ext), { headers: { 'content-type': `${format.type}; charset=utf-8` } });
};
