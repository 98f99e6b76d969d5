import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './cache-dir.ts';
import type { Template, TemplateStore } from './citation-template.ts';
import { sourceDigest } from './source-digest.ts';

/**
 * Citation templates kept in Astro's build cache (`<cacheDir>/citation-templates.json`), so that a
 * build after the first makes none: compiling the four CSL styles alone takes about two seconds,
 * which every build would otherwise pay for the pages it always writes (home, full report). They
 * are used only under the same `sourceDigest`, which covers the styles and locales
 * (`src/lib/csl/`), the code and the exact versions of citeproc and Citation.js.
 */
const FILE = join(CACHE_DIR, 'citation-templates.json');

interface Stored {
  digest: string;
  templates: Record<string, Template | null>;
}

let stored: Stored | undefined;

function load(): Stored {
  if (stored !== undefined) return stored;
  const digest = sourceDigest();
  try {
    const data = JSON.parse(readFileSync(FILE, 'utf8')) as Stored;
    if (data.digest === digest) stored = data;
  } catch {
    // No store yet, or an unreadable one: start a new one.
  }
  stored ??= { digest, templates: {} };
  return stored;
}

/** Written under a temporary name and renamed, so an interrupted build never leaves half a file. */
function save(data: Stored): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${FILE}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(data));
  renameSync(partial, FILE);
}

/** The stored templates of one style and output (`namespace`, e.g. "apa html"). */
export function storedTemplates(namespace: string): TemplateStore {
  const at = (key: string) => `${namespace}\n${key}`;
  return {
    get: (key) => load().templates[at(key)],
    set: (key, template) => {
      const data = load();
      data.templates[at(key)] = template;
      save(data);
    },
  };
}
