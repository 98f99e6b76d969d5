import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { PAGE_POLICY } from '../lib/content-security-policy.ts';
import { PLACEHOLDER_WARNING, deployFiles } from './deploy-files.ts';

function recorder() {
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m), info: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  return { warnings, logger };
}

type Hook = (options: Record<string, unknown>) => unknown;
const hook = (integration: ReturnType<typeof deployFiles>, name: string) => integration.hooks[name as keyof typeof integration.hooks] as unknown as Hook;

describe('deployFiles', () => {
  it('warns once, naming the placeholder and what it affects, when a build has no SITE_URL', async () => {
    const { warnings, logger } = recorder();
    await hook(deployFiles({ siteUrlIsPlaceholder: true }), 'astro:config:setup')({ command: 'build', logger });
    expect(warnings).toEqual([PLACEHOLDER_WARNING]);
    expect(PLACEHOLDER_WARNING).toMatch(/canonical URLs, the sitemap, citations/);
    expect(PLACEHOLDER_WARNING).toContain('https://un-women-15cm.example.org');
  });

  it('says nothing when SITE_URL is set, or outside a build', async () => {
    const { warnings, logger } = recorder();
    await hook(deployFiles({ siteUrlIsPlaceholder: false }), 'astro:config:setup')({ command: 'build', logger });
    await hook(deployFiles({ siteUrlIsPlaceholder: true }), 'astro:config:setup')({ command: 'dev', logger });
    expect(warnings).toEqual([]);
  });

  it('writes _headers under the base, its CSP the pages’ own plus frame-ancestors, with HSTS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-files-'));
    try {
      const integration = deployFiles({ siteUrlIsPlaceholder: false });
      const { logger } = recorder();
      await hook(integration, 'astro:config:done')({ config: { base: '/sub/' } });
      await hook(integration, 'astro:build:done')({ dir: pathToFileURL(`${dir}/`), logger });
      const text = readFileSync(join(dir, '_headers'), 'utf8');
      expect(text).toContain(`/sub/*\n  Content-Security-Policy: ${PAGE_POLICY}; frame-ancestors 'none'\n`);
      expect(text).toMatch(/^  Strict-Transport-Security: max-age=\d+$/m);
      expect(text).toContain('/sub/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
