import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { serveSite } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, base included, ending in a slash. */
    siteUrl: string;
    /** The built site's folder. */
    distDir: string;
    /** The configured base path, `/` unless SITE_BASE is set. */
    base: string;
  }
}

/** Builds the site once for the whole browser suite and serves it on 127.0.0.1. */
export default async function setup(project: TestProject) {
  const base = process.env['SITE_BASE'] ?? '/';
  const build = await buildSite({ base });
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const site = await serveSite(build.outDir, base);
  project.provide('siteUrl', site.url);
  project.provide('distDir', build.outDir);
  project.provide('base', base);
  return async () => {
    await site.close();
    rmSync(build.scratchDir, { recursive: true, force: true });
  };
}
