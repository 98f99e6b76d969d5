// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkPassageIds } from './src/plugins/remark-passage-ids.ts';
import { rehypePermalinks } from './src/plugins/rehype-permalinks.ts';
import { SITE_URL } from './src/lib/site-url.ts';

// Environment overrides exist so tests and the benchmark can build fixtures,
// a sub-path deployment and synthetic corpora without touching the real content.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: SITE_URL,
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      gfm: false,
      // Readable footnote ids (#fn-title-1); passage ids are already prefixed per section.
      remarkRehype: { clobberPrefix: '' },
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkPassageIds],
      rehypePlugins: [rehypePermalinks],
    }),
  },
  integrations: [mdx()],
  security: { csp: true },
  // Scripts stay external files so the CSP never needs inline script allowances.
  vite: { build: { assetsInlineLimit: 0 } },
});
