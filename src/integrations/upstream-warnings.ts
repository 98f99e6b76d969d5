import type { BuildEnvironmentOptions } from 'vite';

type RolldownOptions = NonNullable<BuildEnvironmentOptions['rolldownOptions']>;
type LogHandler = NonNullable<RolldownOptions['onLog']>;

/**
 * Astro's content-assets plugin writes `"use astro:head-inject";` at the top of the module it makes
 * for every MDX entry (`*.mdx?astroPropagatedAssets`), and Rolldown warns once per entry that the
 * directive may not survive bundling. Astro reads the directive only before bundling, so the
 * message is harmless; it is upstream's (https://github.com/withastro/astro/issues/18087, seen on a
 * fresh Starlight site too). Only that message is dropped: any other log reaches the handler.
 */
export const dropHeadInjectDirectiveWarning: LogHandler = (level, log, handler) => {
  const upstream = log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
  if (!upstream) handler(level, log);
};
