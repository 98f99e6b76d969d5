import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

/** Builds the real content plus the faulty files of `tests/fixtures/<name>/`; the build must fail. */
async function buildFixture(name: string): Promise<BuildResult> {
  const contentDir = fixtureContentDir(name);
  const result = await buildSite({ contentDir });
  rmSync(dirname(contentDir), { recursive: true, force: true });
  rmSync(result.scratchDir, { recursive: true, force: true });
  // Colour codes would split the messages asserted below.
  return { ...result, output: result.output.replace(/\u001b\[[0-9;]*m/g, '') };
}

/** The fault must stop the build; printing the output on a surprise makes the failure readable. */
function expectFailure(result: BuildResult): string {
  expect(result.code, result.output).not.toBe(0);
  return result.output;
}

// Each build takes 5-10 s of two shared cores. buildSite runs one build at a time (a lock shared with the
// site suite's build), so "concurrent" here only overlaps preparing a fixture with the build before it.
describe.concurrent('bad content fails the build, naming the file', () => {
  it('an MDX syntax error, with its line', async () => {
    const output = expectFailure(await buildFixture('mdx-syntax-error'));
    expect(output).toMatch(/sections\/fixture-syntax-error\.mdx:12:\d+/);
    expect(output).toMatch(/expected a corresponding closing brace/);
  });

  it('frontmatter missing a required field, naming the field', async () => {
    const output = expectFailure(await buildFixture('frontmatter-missing-field'));
    expect(output).toContain('sections/fixture-missing-field.mdx');
    expect(output).toMatch(/navTitle\W+.*Required/);
  });

  it('frontmatter with a field of the wrong type, naming the field', async () => {
    const output = expectFailure(await buildFixture('frontmatter-wrong-type'));
    expect(output).toContain('sections/fixture-wrong-type.mdx');
    expect(output).toMatch(/order\W+.*Expected type `"number"`, received `"string"`/);
  });

  it('two sections with the same order, naming both', async () => {
    const output = expectFailure(await buildFixture('duplicate-order'));
    expect(output).toMatch(
      /sections\/fixture-order-(first|second)\.mdx: order "90" is already used by \S*sections\/fixture-order-(first|second)\.mdx/,
    );
  });

  it('two files that give the same slug, naming both', async () => {
    const output = expectFailure(await buildFixture('duplicate-slug'));
    expect(output).toContain('multiple entries with the same slug: `fixture-twin`');
    expect(output).toContain('sections/fixture-twin.mdx');
    expect(output).toContain('sections/Fixture-Twin.mdx');
  });

  it('a link to a missing page, a link to a missing anchor and a duplicate id, each naming its file', async () => {
    const output = expectFailure(await buildFixture('broken-links'));
    expect(output).toContain('[content-checks]');
    expect(output).toMatch(
      /sections\/fixture-missing-page\.mdx \(on \/fixture-missing-page\/\): link "the annex" \(href="\.\.\/no-such-page\/"\) points to \/no-such-page\/, which is not in the built site/,
    );
    expect(output).toMatch(
      /sections\/fixture-missing-anchor\.mdx \(on \/fixture-missing-anchor\/\): link "above" \(href="#fixanchor-no-such-passage"\) points to #fixanchor-no-such-passage, but \/fixture-missing-anchor\/ has no element with that id/,
    );
    expect(output).toMatch(
      /sections\/fixture-duplicate-id\.mdx \(on \/fixture-duplicate-id\/\): id "fixdupid-twice" is used 2 times/,
    );
    // The full-report page carries the same content, so its problems are named too.
    expect(output).toMatch(/sections\/fixture-missing-page\.mdx \(on \/full-report\/\)/);
  });
});
