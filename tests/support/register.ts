import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkPages, type BuiltPage } from '../../src/integrations/check-pages.ts';
import { pageAddresses } from '../../src/integrations/content-checks.ts';
import { loadRegister, REGISTER_FILE, unrecorded, type PageAddresses } from '../../src/lib/addresses.ts';

/**
 * The addresses a built site publishes that the register (`<contentDir>/addresses.yaml`) does not
 * list yet, as `/page/` and `/page/#passage`, read from the built pages the way the build's own
 * check reads them. The build does not complain about these (a new section builds cleanly); the
 * test suite does, so that what is on main is what is recorded as published.
 */
export function unregisteredAddresses(distDir: string, base: string, contentDir: string): string[] {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  function* pages(): Generator<BuiltPage> {
    for (const file of files.filter((name) => name.endsWith('.html')).sort()) {
      yield { file, html: readFileSync(join(distDir, file), 'utf8') };
    }
  }
  const built = new Map<string, PageAddresses>();
  // Links are not what this looks at; the build has already checked them.
  checkPages(pages(), {
    site: 'https://site.invalid',
    base,
    files: new Set(files),
    onPage: (summary) => {
      const addresses = pageAddresses(summary, base);
      if (addresses !== undefined) built.set(addresses.path, addresses);
    },
  });
  const register = loadRegister(contentDir);
  return unrecorded(register, built.values()).flatMap(({ path, ids }) => [
    ...(register?.pages[path] === undefined ? [path] : []),
    ...ids.map((id) => `${path}#${id}`),
  ]);
}

/** What a failing test says: the addresses, and the command that records them. */
export function unregisteredMessage(addresses: readonly string[]): string {
  return (
    `${addresses.length} built ${addresses.length === 1 ? 'address is' : 'addresses are'} not in content/${REGISTER_FILE}, ` +
    `so no edit to them is guarded. Run \`npm run addresses\` to record them, and commit the register:\n` +
    addresses.map((address) => `  - ${address}`).join('\n')
  );
}
