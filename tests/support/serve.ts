import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../../src/lib/headers-file.ts';

export interface StaticSite {
  /** Origin plus base, ending in a slash, e.g. `http://127.0.0.1:4321/un-women-15cm/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built `dist/` on 127.0.0.1 under `base`, answering unknown paths with its 404 page and
 * adding the headers its `_headers` file gives each path, as Netlify and Cloudflare Pages do.
 */
export async function serveSite(dir: string, base = '/'): Promise<StaticSite> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const files = sirv(dir, { dev: true, etag: true });
  const notFound = readFileSync(join(dir, '404.html'));
  const headerFile = join(dir, '_headers');
  const rules = existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    const reply404 = (): void => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!req.url?.startsWith(prefix)) return reply404();
    req.url = `/${req.url.slice(prefix.length)}`;
    // Hosts read `_headers` and do not serve it.
    if (req.url === '/_headers') return reply404();
    files(req, res, reply404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
