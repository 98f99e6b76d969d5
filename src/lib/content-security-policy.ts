/**
 * The site's Content-Security-Policy, one constant for every page: BaseLayout writes it into each
 * page's meta tag and deploy-files.ts into `_headers`, with what only a header can carry.
 *
 * It is ours rather than Astro's `security.csp`, which adds a sha256 hash of every script and
 * stylesheet of the site to every page: about 0.4 kB of incompressible text a page (4% of a page's
 * budget), allowing nothing that `'self'` does not already allow, since every script and
 * stylesheet is an external file on the site's own origin (no inline script, style or handler;
 * tests/site/security.test.ts). A constant policy also stays the same from build to build, so a
 * host's configuration (README, "Deploy") need not change when a script does.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind compiles its WebAssembly search index in the page; no inline or eval'd script is allowed.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Trusted Types with no policy: no script may hand a string to an HTML or script sink (innerHTML,
  // document.write, a script's text...). The site's scripts build DOM nodes and text only; every
  // browser suite fails on a violation (tests/support/chromium.ts).
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/**
 * What a meta tag cannot carry, for the header only: no site may frame the edition, not even its
 * own pages.
 */
export const HEADER_POLICY = `${PAGE_POLICY}; frame-ancestors 'none'`;
