// Provided by src/integrations/lazy-chunk.ts.
declare module 'virtual:un15cm/quote-chunk-url' {
  /** Base-aware address of the built `src/scripts/quote/lazy.ts`. */
  const url: string;
  export default url;
}
