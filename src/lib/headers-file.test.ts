import { describe, expect, it } from 'vitest';
import { HSTS, IMMUTABLE, SHORT, formatHeaders, headerRules, headersFor, parseHeaders } from './headers-file.ts';

const CSP = "default-src 'self'; frame-ancestors 'none'";

describe('the _headers policy', () => {
  for (const base of ['/', '/un-women-15cm/']) {
    const rules = parseHeaders(formatHeaders(headerRules(CSP, base), 'test\npolicy'));
    const at = (path: string) => headersFor(rules, `${base}${path}`);

    it(`under ${base}: every file gets the security headers`, () => {
      for (const path of ['', 'chair-of-the-gmg/', '_astro/x.1a2b.js', 'og/index.png', 'pagefind/pagefind.js', 'nope']) {
        expect(at(path).get('content-security-policy')).toBe(CSP);
        expect(at(path).get('x-content-type-options')).toBe('nosniff');
        expect(at(path).get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        expect(at(path).get('strict-transport-security')).toBe(HSTS);
      }
    });

    it(`under ${base}: hashed files are immutable, pages are short-lived, each with one Cache-Control`, () => {
      for (const path of ['_astro/BaseLayout.CzV71Vu8.css', 'pagefind/index/en_903bdb8.pf_index', 'pagefind/fragment/en_5bc5b86.pf_fragment', 'pagefind/filter/en_1.pf_filter', 'pagefind/pagefind.en_e4dfbfef85.pf_meta']) {
        expect(at(path).get('cache-control'), path).toBe(IMMUTABLE);
      }
      for (const path of ['', 'chair-of-the-gmg/', '404.html']) expect(at(path).get('cache-control'), path).toBe(SHORT);
      for (const path of ['pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind-entry.json', 'og/index.png', 'favicon.svg']) {
        expect(at(path).get('cache-control'), path).toBeUndefined();
      }
    });
  }

  it('gives the citation files their types, and nothing else a type', () => {
    const rules = headerRules(CSP, '/un-women-15cm/');
    const type = (path: string) => headersFor(rules, `/un-women-15cm/${path}`).get('content-type');
    expect(type('cite/report.ris')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(type('cite/chair-of-the-gmg.bib')).toBe('application/x-bibtex; charset=utf-8');
    expect(type('cite/chair-of-the-gmg.json')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    for (const path of ['passages.json', 'report.md', '', 'chair-of-the-gmg/']) expect(type(path), path).toBeUndefined();
  });

  it('asks for HTTPS for at least the six months scanners grade A+', () => {
    expect(Number(/max-age=(\d+)/.exec(HSTS)?.[1])).toBeGreaterThanOrEqual(15_768_000);
  });

  it('applies nothing outside the base', () => {
    const rules = headerRules(CSP, '/un-women-15cm/');
    expect(headersFor(rules, '/elsewhere/').size).toBe(0);
  });

  it('keeps comments out of the rules and rejects a header line it cannot read', () => {
    expect(parseHeaders('# note\n/*\n  A: b\n')).toEqual([{ pattern: '/*', headers: [['A', 'b']] }]);
    expect(() => parseHeaders('/*\n  no colon here\n')).toThrow(/cannot read/);
  });
});
