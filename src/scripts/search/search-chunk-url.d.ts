// Provided by src/integrations/search-chunk.ts.
declare module 'virtual:un15cm/search-chunk-url' {
  /** Base-aware address of the built `src/scripts/search/lazy.ts`. */
  const url: string;
  export default url;
}
