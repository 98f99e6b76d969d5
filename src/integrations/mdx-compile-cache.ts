import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { CACHE_DIR } from '../lib/cache-dir.ts';
import { compiledModuleStore, type CompiledModule, type CompiledModuleStore } from '../lib/compiled-module-store.ts';
import { inputsDigest } from '../lib/source-digest.ts';

/** The name @astrojs/mdx gives the Vite plugin that compiles `.mdx` files. */
export const MDX_PLUGIN = '@mdx-js/rolldown';

type TransformHandler = (this: unknown, code: string, id: string) => Promise<CompiledModule | null | undefined>;

/** Handlers already wrapped: Astro resolves several Vite configs with the same plugin objects (six in a build), and each must be wrapped once. */
const wrapped = new WeakSet<TransformHandler>();

/** A settings value as JSON can hold it: what `JSON.stringify` would write as `{}` is spelt out. */
function settingsValue(_key: string, value: unknown): unknown {
  // The plugins' code is in `inputsDigest` (`sourceDigest`): a function counts by name only.
  if (typeof value === 'function') return `function ${value.name}`;
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (value instanceof RegExp) return { regexp: String(value) };
  return value;
}

/**
 * What shapes a compilation besides the file itself: the Markdown settings (every remark and rehype
 * plugin with its options: the glossary and SDG data, the paths they link to) and whether source
 * maps are made.
 */
export function compilerDigest(markdown: unknown, sourcemap: unknown): string {
  return inputsDigest('mdx compilation', JSON.stringify(markdown, settingsValue), sourcemap);
}

/**
 * Wraps the MDX plugin's compilation so that a file compiled by an earlier build, byte for byte
 * the same under the same settings and code, is taken from the store instead: the compilation is
 * a pure function of those, and compiling every section is most of what a rebuild of a large
 * report spends bundling. Errors are never stored, so a bad file fails every build.
 */
export function cachedCompilation(compile: TransformHandler, store: CompiledModuleStore, settings: () => string): TransformHandler {
  return async function (this: unknown, code, id) {
    const key = createHash('sha256').update(settings()).update('\0').update(id).update('\0').update(code).digest('base64url');
    const stored = await store.read(id, key);
    if (stored !== undefined) return stored;
    const compiled = await compile.call(this, code, id);
    // Kept on disk at the build's end (`finish`), with every other file's.
    if (compiled) store.write(id, key, compiled);
    return compiled;
  };
}

/**
 * Keeps the MDX compilation of each section file in Astro's build cache
 * (`<cacheDir>/mdx-compiled.json`) and says at the build's end how many files were compiled and how
 * many taken from there.
 */
export function mdxCompileCache(file = join(CACHE_DIR, 'mdx-compiled.json')): AstroIntegration {
  const store = compiledModuleStore(file);
  let markdown: unknown;
  const plugin: Plugin = {
    name: 'un15cm:mdx-compile-cache',
    configResolved(resolved) {
      const mdx = resolved.plugins.find((candidate) => candidate.name === MDX_PLUGIN);
      const transform = mdx?.transform;
      // A Vite config without the plugin compiles no MDX. Should an upgrade of @astrojs/mdx rename it or
      // change its hook's shape, every file is compiled as before and the build's log counts none
      // (tests/build/rebuild.test.ts fails on those counts).
      if (mdx === undefined || transform === undefined || typeof transform === 'function' || wrapped.has(transform.handler as TransformHandler)) return;
      let settings: string | undefined;
      const compilerSettings = () => {
        if (markdown === undefined) throw new Error('mdx-compile-cache: a file was compiled before Astro resolved its config');
        return (settings ??= compilerDigest(markdown, resolved.build.sourcemap));
      };
      const handler = cachedCompilation(transform.handler as TransformHandler, store, compilerSettings);
      wrapped.add(handler);
      Object.assign(mdx, { transform: { ...transform, handler } });
    },
  };
  return {
    name: 'mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => void updateConfig({ vite: { plugins: [plugin] } }),
      'astro:config:done': ({ config }) => void (markdown = config.markdown),
      'astro:build:done': async ({ logger }) => {
        await store.finish();
        const { compiled, reused } = store.counts();
        logger.info(`MDX files: ${compiled} compiled, ${reused} unchanged since an earlier build and taken from its compilation`);
      },
    },
  };
}
