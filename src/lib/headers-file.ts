import { CITE_FILES } from './cite-files.ts';
import { withBase } from './paths.ts';

/**
 * The `_headers` file Netlify and Cloudflare Pages read: blocks of a path pattern (`*` matches any
 * characters, slashes included) followed by indented `Name: value` lines. Every rule whose pattern
 * matches a request applies, and Cloudflare joins two values of one header with a comma, so no two
 * rules here that can match the same path set the same header.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** A year, never revalidated: the file's name changes whenever its content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages keep their address when corrected, so browsers and caches recheck them after five minutes. */
export const SHORT = 'public, max-age=300, must-revalidate';
/**
 * HTTPS only, for a year (browsers ignore it over plain HTTP). Without includeSubDomains: the
 * edition may live on a host whose other subdomains it does not speak for.
 */
export const HSTS = 'max-age=31536000';

/**
 * The whole policy for a site under `base`: the security headers on everything, long caching for
 * files named by their content's hash (Astro's `_astro/`, Pagefind's index, fragments, filters and
 * metadata), short caching for the HTML pages (`/`, every `…/` directory page, `404.html`), and the
 * citation files' types, which hosts do not know (`/cite/*.ris`...). Other files (the preview cards,
 * the favicon, Pagefind's script and WebAssembly) keep the host's default caching.
 */
export function headerRules(csp: string, base = '/'): HeaderRule[] {
  const at = (path: string): string => withBase(path, base);
  const cache = (value: string) => (pattern: string): HeaderRule => ({ pattern: at(pattern), headers: [['Cache-Control', value]] });
  return [
    {
      pattern: at('*'),
      headers: [
        ['Content-Security-Policy', csp],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Strict-Transport-Security', HSTS],
      ],
    },
    ...['', '*/', '404.html'].map(cache(SHORT)),
    ...['_astro/*', 'pagefind/index/*', 'pagefind/fragment/*', 'pagefind/filter/*', 'pagefind/pagefind.*.pf_meta'].map(cache(IMMUTABLE)),
    ...CITE_FILES.map(({ ext, type }): HeaderRule => ({ pattern: at(`cite/*.${ext}`), headers: [['Content-Type', `${type}; charset=utf-8`]] })),
  ];
}

export function formatHeaders(rules: HeaderRule[], comment: string): string {
  const blocks = rules.map(({ pattern, headers }) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${comment.replace(/^/gm, '# ')}\n${blocks.join('\n')}\n`;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (match === null || rule === undefined) throw new Error(`_headers: cannot read line "${line}"`);
    rule.headers.push([match[1] ?? '', (match[2] ?? '').trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host applies to a request path: every matching rule's, one header's values joined as Cloudflare does. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}
