// Provided by src/integrations/search-chunk.ts.
declare module 'virtual:un15cm/search-chunk-url' {
  /** Base-aware address of the built `src/scripts/search/lazy.ts`. */
  const url: string;
  export default url;
}

declare module 'virtual:un15cm/search-synonyms' {
  /** The glossary's acronyms and names (src/lib/search-synonyms.ts). */
  const groups: import('../../lib/search-synonyms.ts').SynonymGroup[];
  export default groups;
}

declare module 'virtual:un15cm/spelling-chunk-url' {
  /** Base-aware address of the built `src/scripts/search/spelling.ts`. */
  const url: string;
  export default url;
}

declare module 'virtual:un15cm/highlight-chunk-url' {
  /** Base-aware address of the built `src/scripts/search/arrival.ts`. */
  const url: string;
  export default url;
}
