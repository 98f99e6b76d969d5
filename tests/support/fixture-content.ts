import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A content folder for a bad-content build: a copy of the real `content/` (every section and data
 * file, so it stays valid as the content grows) with the fixture's files from
 * `tests/fixtures/<name>/` laid over it, so the intended fault is the only one.
 */
export function fixtureContentDir(name: string): string {
  const fixture = join(ROOT, 'tests/fixtures', name);
  if (!existsSync(fixture)) throw new Error(`no fixture folder ${fixture}`);
  const dir = join(mkdtempSync(join(tmpdir(), `un15cm-fixture-${name}-`)), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  cpSync(fixture, dir, { recursive: true });
  return dir;
}
