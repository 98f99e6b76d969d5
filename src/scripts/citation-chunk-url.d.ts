// Provided by src/integrations/lazy-chunk.ts.
declare module 'virtual:un15cm/citation-chunk-url' {
  /** Base-aware address of the built `src/scripts/citation.ts`. */
  const url: string;
  export default url;
}
