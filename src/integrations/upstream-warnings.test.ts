import { describe, expect, it } from 'vitest';
import { dropHeadInjectDirectiveWarning } from './upstream-warnings.ts';

type Log = Parameters<typeof dropHeadInjectDirectiveWarning>[1];

function passedOn(log: Log): Log[] {
  const seen: Log[] = [];
  dropHeadInjectDirectiveWarning('warn', log, (_level, passed) => {
    if (typeof passed !== 'string') seen.push(passed);
  });
  return seen;
}

describe('dropHeadInjectDirectiveWarning', () => {
  it("drops Rolldown's warning about Astro's head-inject directive in an MDX entry", () => {
    const log = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: 'The semantics of the module level directive "use astro:head-inject" in "content/sections/title-page.mdx?astroPropagatedAssets" may not be preserved when bundling.',
    };
    expect(passedOn(log)).toEqual([]);
  });

  it('passes on the same code for any other directive', () => {
    const log = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.' };
    expect(passedOn(log)).toEqual([log]);
  });

  it('passes on every other warning', () => {
    const log = { code: 'UNUSED_EXTERNAL_IMPORT', message: '"use astro:head-inject" named in another warning' };
    expect(passedOn(log)).toEqual([log]);
  });
});
