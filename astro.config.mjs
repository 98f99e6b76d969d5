// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { remarkKeepSectionTree } from './src/plugins/remark-keep-section-tree.ts';
import { remarkPassageIds } from './src/plugins/remark-passage-ids.ts';
import { remarkGlossaryTerms } from './src/plugins/remark-glossary-terms.ts';
import { remarkSdgLinks } from './src/plugins/remark-sdg-links.ts';
import { rehypePermalinks } from './src/plugins/rehype-permalinks.ts';
import { unifiedOnDemand } from './src/lib/markdown-processor.ts';
import { CACHE_DIR } from './src/lib/cache-dir.ts';
import { CONTENT_DIR, SECTIONS_DIR } from './src/lib/content-dir.ts';
import { loadGlossary, loadSdgs } from './src/lib/data-files.ts';
import { withBase } from './src/lib/paths.ts';
import { SITE_URL } from './src/lib/site-url.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { openFormats } from './src/integrations/open-formats.ts';
import { citationChunkPlugin, quoteChunkPlugin, termTipsChunkPlugin } from './src/integrations/lazy-chunk.ts';
import { formerPagePaths } from './src/lib/addresses.ts';
import { readSectionFrontmatter, validSections } from './src/lib/section-files.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { builtPages, builtPagesRecord } from './src/integrations/built-pages.ts';
import { upstreamLogs } from './src/integrations/upstream-logs.ts';
import { sectionTextsKept } from './src/integrations/section-texts.ts';
import { sectionTreesReport } from './src/integrations/section-trees.ts';
import { previewCardsAhead } from './src/integrations/preview-cards-ahead.ts';
import { citationsReport } from './src/integrations/citations-report.ts';
import { citeFiles } from './src/integrations/cite-files.ts';
import { mdxCompileCache } from './src/integrations/mdx-compile-cache.ts';
import { sectionChunks } from './src/integrations/section-chunks.ts';

// Environment overrides exist so tests and the benchmark can build fixtures,
// a sub-path deployment and synthetic corpora without touching the real content.
const base = process.env.SITE_BASE ?? '/';

// The plugins mark the text at build time, so they read the glossary and SDG data here, with the
// same schemas the content collections use.
const glossary = loadGlossary(CONTENT_DIR);
const sdgs = loadSdgs(CONTENT_DIR);
// The section files' frontmatter, read once: renamed sections' old addresses, the sections whose
// cards start with the build, and those whose citation files the build writes.
const sectionFiles = readSectionFrontmatter(CONTENT_DIR);
const formerPaths = formerPagePaths(sectionFiles);
const sectionsAtStart = validSections(sectionFiles);
// The built site, read and parsed once after the build for the open formats, the checks, _headers and search.
const pages = builtPages();

export default defineConfig({
  site: SITE_URL,
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: CACHE_DIR,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // The report has no code; Shiki's inline styles would also be blocked by the CSP.
    syntaxHighlight: false,
    // unified() from @astrojs/markdown-remark, loaded only when a file is compiled (src/lib/markdown-processor.ts).
    processor: unifiedOnDemand({
      // remark-gfm, run first by @astrojs/markdown-remark, which loads it only when a file is compiled.
      gfm: true,
      // Readable footnote ids (#fn-title-1); passage ids are already prefixed per section.
      remarkRehype: { clobberPrefix: '' },
      smartypants: false,
      remarkPlugins: [
        // Before any plugin changes the tree: the pages reuse it rather than parse each section again.
        remarkKeepSectionTree,
        remarkPassageIds,
        [remarkGlossaryTerms, { entries: glossary, glossaryPath: withBase('glossary/', base), glossaryFile: `${CONTENT_DIR}/glossary.yaml` }],
        [remarkSdgLinks, { entries: sdgs, sdgPath: withBase('sdg/', base) }],
      ],
      rehypePlugins: [rehypePermalinks],
    }),
  },
  // Two sections with the same slug, or a section whose slug is taken by a page, fail the build
  // (naming both files) instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  // A rebuild writes again only the pages whose cacheKey (src/lib/page-cache-key.ts), code or text changed.
  experimental: { incrementalBuild: true },
  integrations: [
    mdx(),
    // A section file compiled by an earlier build, unchanged under the same code and settings, is not compiled again.
    mdxCompileCache(),
    // Every section's compiled MDX in one chunk of the prerender build, and Astro's wrappers of them in another, not two files each per build.
    sectionChunks(SECTIONS_DIR),
    // Drops one known harmless upstream warning, printed once per section file (see the file).
    upstreamLogs(),
    // Draws the link-preview cards while the pages are bundled and rendered, not after.
    previewCardsAhead(sectionsAtStart, pages),
    // Says whether the pages' citations needed citeproc or were all filled in from kept templates.
    citationsReport(),
    // Says whether the pages reused the compilation's section trees.
    sectionTreesReport(),
    // Keeps the sections' rendered texts, which the section pages and the full report share, for the next build.
    sectionTextsKept(),
    // A renamed section's old address only forwards (noindex); the sitemap lists the new one.
    sitemap({ filter: (page) => !formerPaths.has(new URL(page).pathname.slice(base.replace(/\/$/, '').length)) }),
    // Writes /cite/*.ris, .bib and .json while the built site is read; the checks count them as there.
    citeFiles(sectionsAtStart, pages),
    // Promises its files to the shared pass, so the checks find the files every page links to.
    openFormats(pages),
    // `npm run addresses` sets SITE_RECORD_ADDRESSES=1 to add a revision's new addresses to content/addresses.yaml.
    contentChecks({ pages, recordAddresses: process.env.SITE_RECORD_ADDRESSES === '1' }),
    // Warns when SITE_URL is unset; writes _headers with the pages' own CSP (src/lib/content-security-policy.ts).
    deployFiles(),
    // Indexes on a worker from the moment the pages are read; finishes the index only after every check has passed.
    pagefindIntegration({ glossary, pages }),
    // After every check and file: the next build of the same pages reuses what these wrote.
    builtPagesRecord(pages),
  ],
  // Scripts stay external files so the CSP never needs inline script allowances.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [quoteChunkPlugin(), citationChunkPlugin(), termTipsChunkPlugin()] },
});
