import { describe, expect, it } from 'vitest';
import { isHarmlessUpstreamLog, onLog } from './upstream-logs.ts';

const HEAD_INJECT = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/sections/title-page.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('upstream-logs', () => {
  it('recognises the head-inject directive warning Astro causes for each MDX entry', () => {
    expect(isHarmlessUpstreamLog(HEAD_INJECT)).toBe(true);
  });

  it('lets every other warning through, the same code for another directive included', () => {
    expect(isHarmlessUpstreamLog({ ...HEAD_INJECT, message: HEAD_INJECT.message.replace('use astro:head-inject', 'use client') })).toBe(false);
    expect(isHarmlessUpstreamLog({ ...HEAD_INJECT, message: HEAD_INJECT.message.replace('?astroPropagatedAssets', '') })).toBe(false);
    expect(isHarmlessUpstreamLog({ ...HEAD_INJECT, code: 'CIRCULAR_DEPENDENCY' })).toBe(false);
    const passed: string[] = [];
    const handler = (_level: unknown, log: unknown) => void passed.push(typeof log === 'string' ? log : (log as { message: string }).message);
    onLog('warn', HEAD_INJECT, handler);
    onLog('warn', { code: 'UNRESOLVED_IMPORT', message: 'x' }, handler);
    onLog('info', HEAD_INJECT, handler);
    expect(passed).toEqual(['x', HEAD_INJECT.message]);
  });
});
