import type { AstroIntegration } from 'astro';
import type { Rolldown } from 'vite';

/** The part of a Rolldown log this filter reads. */
export interface BundlerLog {
  code?: string;
  message: string;
}

/**
 * Astro wraps every MDX content entry it renders in a module that opens with the directive
 * `"use astro:head-inject"` (astro/dist/content/vite-plugin-content-assets.js), and Rolldown warns
 * that the directive may not survive bundling, once per section file. The directive is dead code:
 * since withastro/astro#17095 Astro finds those modules by their `?astroPropagatedAssets` id, not by
 * the directive, so nothing is lost. Reported upstream, open and confirmed:
 * https://github.com/withastro/astro/issues/18087. Remove this filter once that is fixed.
 */
export function isHarmlessUpstreamLog(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"') && log.message.includes('?astroPropagatedAssets');
}

/** Drops exactly the upstream warning above from the build's log; every other message passes through. */
export const onLog: NonNullable<Rolldown.InputOptions['onLog']> = (level, log, handler) => {
  if (level === 'warn' && isHarmlessUpstreamLog(log)) return;
  handler(level, log);
};

export function upstreamLogs(): AstroIntegration {
  return {
    name: 'upstream-logs',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: { onLog },
            },
          },
        });
      },
    },
  };
}
