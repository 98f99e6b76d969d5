import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH } from '../support/source-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE_FOLDERS = ['src', 'tests', 'bench', '.ci'];
const CODE_FILES = ['astro.config.mjs', 'vitest.config.ts', 'package.json'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    // node_modules: the Starlight baseline's own install (bench/starlight/), not code of ours.
    if (name === 'fixtures' || name === '__snapshots__' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the repository stands on its own', () => {
  it('keeps the published source text inside the repository', () => {
    expect(relative(ROOT, SOURCE_PATH).startsWith('..')).toBe(false);
    expect(readFileSync(SOURCE_PATH, 'utf8')).toContain('UN/POP/MIG-15CM/2017/1');
  });

  it('has no code that reads from a folder beside the repository', () => {
    const files = [...CODE_FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder))), ...CODE_FILES.map((file) => join(ROOT, file))];
    const escaping = files.filter((file) => /(['"`/])\.\.\/(\.\.\/)*shared\//.test(readFileSync(file, 'utf8')));
    expect(escaping.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
