// Provided by src/integrations/lazy-chunk.ts.
declare module 'virtual:un15cm/term-tips-chunk-url' {
  /** Base-aware address of the built `src/scripts/term-tips.ts`. */
  const url: string;
  export default url;
}
