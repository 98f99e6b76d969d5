// @ts-check
// Starlight as it comes (default theme, its own Pagefind search), on the content the bench writes.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  // Any address: with `site` set, Starlight writes its sitemap as our site does.
  site: 'https://example.org',
  outDir: process.env.STARLIGHT_OUT_DIR ?? './dist',
  cacheDir: process.env.STARLIGHT_CACHE_DIR ?? './node_modules/.astro',
  integrations: [starlight({ title: 'UN Women contribution to the Fifteenth Coordination Meeting on International Migration' })],
});
