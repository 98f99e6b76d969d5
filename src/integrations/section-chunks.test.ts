import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Plugin, type Rolldown } from 'vite';
import { ASTRO_PLACEHOLDERS, SECTION_TEXTS_CHUNK, SECTION_WRAPPERS_CHUNK, sectionChunking, WRAPPER_QUERY, wrappersSharePlaceholders } from './section-chunks.ts';

const SECTIONS = '/report/content/sections';
const SECTION_FILES = ['title-page', 'chair-of-the-gmg', 'activities-2016'].map((name) => `${SECTIONS}/${name}.mdx`);
const OTHER_MDX = '/report/src/notes.mdx';
const LINKS = JSON.stringify(ASTRO_PLACEHOLDERS.links);
const STYLES = JSON.stringify(ASTRO_PLACEHOLDERS.styles);

/**
 * Modules shaped as Astro's prerender build has them: each section's MDX, Astro's wrapper of it
 * (which imports it when a page renders it, and holds the placeholders Astro fills in after the
 * bundle is written), an MDX file outside the sections, and a page that imports every wrapper.
 */
function report(): Plugin {
  const mdx = [...SECTION_FILES, OTHER_MDX];
  const modules = new Map<string, string>([
    ['\0page', `export const pages = [${mdx.map((id) => `() => import(${JSON.stringify(id + WRAPPER_QUERY)})`).join(', ')}];`],
    ...mdx.flatMap((id): [string, string][] => [
      [id, `export default function Content() { return ${JSON.stringify(id)}; }`],
      [id + WRAPPER_QUERY, `export default { getMod: () => import(${JSON.stringify(id)}), collectedLinks: ${LINKS}, collectedStyles: ${STYLES} };`],
    ]),
  ]);
  return {
    name: 'report-modules',
    enforce: 'pre',
    resolveId: (id) => (id === 'virtual:page' ? '\0page' : modules.has(id) ? id : null),
    load: (id) => modules.get(id) ?? null,
  };
}

const written: string[] = [];
afterAll(() => Promise.all(written.map((dir) => rm(dir, { recursive: true, force: true }))));

async function bundle(output: Rolldown.OutputOptions, plugins: Plugin[] = [], outDir?: string): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [report(), ...plugins],
    build: { write: outDir !== undefined, ssr: true, ...(outDir === undefined ? {} : { outDir }), rolldownOptions: { input: 'virtual:page', output } },
  });
  const [first] = Array.isArray(result) ? result : [result];
  if (first === undefined || !('output' in first)) throw new Error('the build returned no output');
  return first.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
}

const holding = (chunks: Rolldown.OutputChunk[], id: string) => chunks.filter((chunk) => chunk.moduleIds.includes(id)).map((chunk) => chunk.name);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('section-chunks', () => {
  it("bundles the section files into one chunk and Astro's wrappers of them into another; any other MDX file as without it", async () => {
    const grouped = await bundle(sectionChunking(SECTIONS));
    const apart = await bundle({});
    for (const id of SECTION_FILES) {
      expect(holding(grouped, id)).toEqual([SECTION_TEXTS_CHUNK]);
      expect(holding(grouped, id + WRAPPER_QUERY)).toEqual([SECTION_WRAPPERS_CHUNK]);
      expect(holding(apart, id)).not.toEqual([SECTION_TEXTS_CHUNK]);
    }
    for (const id of [OTHER_MDX, OTHER_MDX + WRAPPER_QUERY]) expect(holding(grouped, id)).toEqual(holding(apart, id));
    // Rolldown adds its runtime's chunk where modules share one; the real build has it anyway.
    const names = (chunks: Rolldown.OutputChunk[]) => chunks.map((chunk) => chunk.name).filter((name) => name !== 'rolldown-runtime');
    const sectionNames = SECTION_FILES.map((id) => id.slice(SECTIONS.length + 1, -'.mdx'.length));
    expect(names(grouped).sort()).toEqual([...names(apart).filter((name) => !sectionNames.includes(name)), SECTION_TEXTS_CHUNK, SECTION_WRAPPERS_CHUNK].sort());
  });

  it("leaves one of each placeholder in the wrappers' chunk, so that Astro's one fill-in reaches every wrapper", async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'section-chunks-'));
    written.push(outDir);
    const chunks = await bundle(sectionChunking(SECTIONS), [wrappersSharePlaceholders()], outDir);
    const wrappers = chunks.find((chunk) => chunk.name === SECTION_WRAPPERS_CHUNK);
    if (wrappers === undefined) throw new Error('no wrappers chunk');
    const file = join(outDir, wrappers.fileName);
    const code = await readFile(file, 'utf8');
    expect([count(code, LINKS), count(code, STYLES)]).toEqual([1, 1]);
    // As Astro does once the bundle is written: the first occurrence of each, replaced.
    await writeFile(file, code.replace(LINKS, '["/_astro/notes.css"]').replace(STYLES, '[]'));
    const page = chunks.find((chunk) => chunk.isEntry);
    if (page === undefined) throw new Error('no entry chunk');
    const { pages } = (await import(pathToFileURL(join(outDir, page.fileName)).href)) as { pages: (() => Promise<{ default: { collectedLinks: unknown } }>)[] };
    const links = await Promise.all(pages.slice(0, SECTION_FILES.length).map(async (load) => (await load()).default.collectedLinks));
    expect(links).toEqual(SECTION_FILES.map(() => ['/_astro/notes.css']));
  });

  it("names Astro's wrapper query and placeholders as Astro does", async () => {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const consts = (await import(pathToFileURL(join(astro, 'dist/content/consts.js')).href)) as Record<string, unknown>;
    expect({ links: consts['LINKS_PLACEHOLDER'], styles: consts['STYLES_PLACEHOLDER'] }).toEqual(ASTRO_PLACEHOLDERS);
    expect(`?${String(consts['PROPAGATED_ASSET_FLAG'])}`).toBe(WRAPPER_QUERY);
  });
});
