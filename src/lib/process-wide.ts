/**
 * One value for the whole process, however many copies of a module ask for it: Astro loads the
 * modules astro.config.mjs imports once for the config and again bundled into the pages, and what
 * an integration starts with the build (the cards, the citations) must be what the pages find.
 */
export function processWide<T extends object>(name: string, init: () => T): T {
  const slots = globalThis as Record<symbol, T | undefined>;
  return (slots[Symbol.for(`un15cm:${name}`)] ??= init());
}
