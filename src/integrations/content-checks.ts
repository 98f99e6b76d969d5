import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkAddresses, loadRegister, REGISTER_FILE, unrecorded, type PageAddresses } from '../lib/addresses.ts';
import { CONTENT_DIR, SECTIONS_DIR } from '../lib/content-dir.ts';
import { builtPages, type BuiltPages } from './built-pages.ts';
import { formatProblems, pageChecker, unneededAllowances, type PageChecker, type PageRecord, type PageSummary } from './check-pages.ts';

export interface ContentChecksOptions {
  /** Base-relative paths that may be linked before they exist (see `CheckOptions.allowMissing`). */
  allowMissing?: readonly string[];
  /** Adds the site's new addresses to the register instead of only comparing (`npm run addresses`). */
  recordAddresses?: boolean;
  /** The one read of the built site that the other integrations share (`built-pages.ts`). */
  pages?: BuiltPages;
}

/** The page as the register names it: its address path without the base; undefined for files that are not pages. */
function registerPath(summary: PageSummary, base: string): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!summary.url.endsWith('/') || !summary.url.startsWith(root)) return undefined;
  return `/${summary.url.slice(root.length)}`;
}

function withoutBase(path: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(root) ? `/${path.slice(root.length)}` : path;
}

/**
 * A built page's addresses as the register names them (paths without the base); undefined for
 * files that are not pages. Also what the test suite compares with the register (tests/support/register.ts).
 */
export function pageAddresses(summary: PageSummary, base: string): PageAddresses | undefined {
  const path = registerPath(summary, base);
  if (path === undefined) return undefined;
  const movedTo = summary.movedTo === undefined ? undefined : withoutBase(summary.movedTo, base);
  return { path, ids: summary.anchors, passages: summary.passages, movedTo, source: summary.source };
}

/**
 * Fails `astro build` when a built page links to a file or `#fragment` that does not exist, or uses
 * an id twice, naming the content file (`data-source`) or page at fault; and when an address listed
 * in the register (`content/addresses.yaml`) no longer lands on its passage. Runs on the emitted
 * HTML, as the shared pass reads each page once, so it sees what readers will.
 */
export function contentChecks(options: ContentChecksOptions = {}): AstroIntegration {
  const pages = options.pages ?? builtPages();
  let site = 'https://site.invalid';
  let base = '/';
  const built = new Map<string, PageAddresses>();
  const onPage = (summary: PageSummary): void => {
    const addresses = pageAddresses(summary, base);
    if (addresses !== undefined) built.set(addresses.path, addresses);
  };
  let checker: PageChecker | undefined;
  let unneeded: string[] = [];
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site !== undefined) site = config.site;
        base = config.base;
        pages.visit({
          start({ files }) {
            const checkOptions = { site, base, files, allowMissing: options.allowMissing ?? [], onPage };
            unneeded = unneededAllowances(checkOptions);
            // A page the last passing build checked, against the same files, is not parsed again.
            checker = pageChecker({ ...checkOptions, memo: pages.memo<PageRecord>('checks') });
          },
          page: (page) => checker?.page(page.file, () => page.document, page.hash),
        });
        // The register is an input of the checks: pages the same as the last passing build's pass
        // again only under the same register. Recording addresses needs every page's addresses.
        const registerFile = join(CONTENT_DIR, REGISTER_FILE);
        pages.input(existsSync(registerFile) ? readFileSync(registerFile, 'utf8') : '');
        if (options.recordAddresses) pages.visitEveryPage();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages: htmlPages, unchanged } = await pages.read(dir);
        for (const path of unneeded) {
          logger.warn(`"${path}" now exists: remove it from contentChecks({ allowMissing }) in astro.config.mjs`);
        }
        const registerFile = join(CONTENT_DIR, REGISTER_FILE);
        const register = loadRegister(CONTENT_DIR);
        // Checked already, on these same pages, by the last build that passed.
        const problems = unchanged ? [] : (checker?.problems() ?? []);
        const lost = unchanged || register === undefined ? [] : checkAddresses(register, built, { registerFile, sectionsDir: SECTIONS_DIR });
        const messages = [
          ...(problems.length > 0 ? [formatProblems(problems)] : []),
          ...(lost.length > 0
            ? [`[addresses] ${lost.length} published ${lost.length === 1 ? 'address no longer lands' : 'addresses no longer land'} on a passage (${registerFile}):\n${lost.map((line) => `  - ${line}`).join('\n')}`]
            : []),
        ];
        if (messages.length > 0) throw new Error(messages.join('\n'));
        logger.info(
          unchanged
            ? `${htmlPages.length} pages, the same as the last build's, which passed these checks`
            : `${htmlPages.length} pages: every internal link and #fragment resolves, no id is used twice`,
        );
        if (options.recordAddresses) {
          const additions = unrecorded(register, built.values());
          const count = additions.reduce((sum, page) => sum + page.ids.length + (register?.pages[page.path] ? 0 : 1), 0);
          const text = existsSync(registerFile) ? readFileSync(registerFile, 'utf8') : undefined;
          const { recordAddresses } = await import('../lib/address-register-writer.ts');
          writeFileSync(registerFile, recordAddresses(text, additions));
          logger.info(`${registerFile}: ${count} new addresses recorded`);
        } else if (register === undefined) {
          logger.warn(`no register of addresses at ${registerFile}: published addresses are not checked (npm run addresses writes it)`);
        } else {
          const total = Object.values(register.pages).reduce((sum, ids) => sum + 1 + ids.length, 0);
          logger.info(`${total} published addresses (${registerFile}) all land`);
        }
      },
    },
  };
}
