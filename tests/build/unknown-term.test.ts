import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

/** A copy of the real content in which one section uses an acronym the glossary does not know. */
function contentWithUnknownAcronym(): { dir: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), 'un15cm-unknown-term-'));
  cpSync('content', dir, { recursive: true });
  const file = join(dir, 'sections', 'eu-un-women-project.mdx');
  appendFileSync(file, '\nThe project also briefed the XQZW experts.\n');
  const line = readFileSync(file, 'utf8').trimEnd().split('\n').length;
  return { dir, line };
}

describe('an acronym missing from the glossary', () => {
  const fixture = contentWithUnknownAcronym();
  afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

  it('fails the build, naming the file, line and acronym', async () => {
    const build = await buildSite({ contentDir: fixture.dir });
    rmSync(build.outDir, { recursive: true, force: true });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(new RegExp(`eu-un-women-project\\.mdx:${fixture.line}:\\d+: "XQZW" looks like an acronym`));
    expect(build.output).toContain('glossary.yaml');
  });
});
