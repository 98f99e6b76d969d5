import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { citeFile } from '../../lib/citation.ts';
import { citedItem, citedPart } from '../../lib/cited-items.ts';
import { CITE_FILES, REPORT_FILE_NAME } from '../../lib/cite-files.ts';
import { pageCacheKey } from '../../lib/page-cache-key.ts';
import { sectionPath, withBase } from '../../lib/paths.ts';
import { getSections } from '../../lib/sections.ts';

/** The report's and each section's RIS, BibTeX and CSL-JSON files (`_headers` gives their types). */
export const getStaticPaths = (async () => {
  const sections = await getSections();
  const pages = [
    { name: REPORT_FILE_NAME, path: withBase(''), part: undefined },
    ...sections.map((section) => ({
      name: section.id,
      path: sectionPath(section.id),
      part: citedPart(section, sections),
    })),
  ];
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
