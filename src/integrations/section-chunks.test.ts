import { describe, expect, it } from 'vitest';
import { build, type Plugin, type Rolldown } from 'vite';
import { SECTION_TEXTS_CHUNK, sectionChunking } from './section-chunks.ts';

const SECTIONS = '/report/content/sections';
const SECTION_FILES = ['title-page', 'chair-of-the-gmg', 'activities-2016'].map((name) => `${SECTIONS}/${name}.mdx`);
const OTHER_MDX = '/report/src/notes.mdx';
const WRAPPER = '?astroPropagatedAssets';

/**
 * Modules shaped as Astro's prerender build has them: each section's MDX, Astro's wrapper of it
 * (which imports it when a page renders it), an MDX file outside the sections, and a page that
 * imports every wrapper when it renders.
 */
function report(): Plugin {
  const mdx = [...SECTION_FILES, OTHER_MDX];
  const modules = new Map<string, string>([
    ['\0page', `export const pages = [${mdx.map((id) => `() => import(${JSON.stringify(id + WRAPPER)})`).join(', ')}];`],
    ...mdx.flatMap((id): [string, string][] => [
      [id, `export default function Content() { return ${JSON.stringify(id)}; }`],
      [id + WRAPPER, `export const getMod = () => import(${JSON.stringify(id)});`],
    ]),
  ]);
  return {
    name: 'report-modules',
    enforce: 'pre',
    resolveId: (id) => (id === 'virtual:page' ? '\0page' : modules.has(id) ? id : null),
    load: (id) => modules.get(id) ?? null,
  };
}

async function bundle(output: Rolldown.OutputOptions): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [report()],
    build: { write: false, ssr: true, rolldownOptions: { input: 'virtual:page', output } },
  });
  const [first] = Array.isArray(result) ? result : [result];
  if (first === undefined || !('output' in first)) throw new Error('the build returned no output');
  return first.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
}

const holding = (chunks: Rolldown.OutputChunk[], id: string) => chunks.filter((chunk) => chunk.moduleIds.includes(id)).map((chunk) => chunk.name);

describe('section-chunks', () => {
  it('bundles every section file into one chunk, and each wrapper and any other MDX file into its own, as without it', async () => {
    const grouped = await bundle(sectionChunking(SECTIONS));
    const apart = await bundle({});
    for (const id of SECTION_FILES) {
      expect(holding(grouped, id)).toEqual([SECTION_TEXTS_CHUNK]);
      expect(holding(apart, id)).not.toEqual([SECTION_TEXTS_CHUNK]);
    }
    for (const id of [...SECTION_FILES.map((section) => section + WRAPPER), OTHER_MDX, OTHER_MDX + WRAPPER]) {
      expect(holding(grouped, id)).toEqual(holding(apart, id));
    }
    expect(grouped.length).toBe(apart.length - SECTION_FILES.length + 1);
  });
});
