/** The parts of Citation.js this project calls; the packages ship no type declarations. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  interface Register {
    add(name: string, value: string): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: Register; locales: Register } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
