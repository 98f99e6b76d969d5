import { describe, expect, it } from 'vitest';
import { navigationOf, pageCacheKey } from './page-cache-key.ts';

const section = (id: string, title: string, description: string) => ({ id, data: { title, description, order: 1 }, filePath: `content/sections/${id}.mdx` });

describe('pageCacheKey', () => {
  it('is the same for the same inputs and differs when any input does', () => {
    expect(pageCacheKey('a', { b: 1 })).toBe(pageCacheKey('a', { b: 1 }));
    expect(pageCacheKey('a', { b: 1 })).not.toBe(pageCacheKey('a', { b: 2 }));
    expect(pageCacheKey('a', { b: 1 })).not.toBe(pageCacheKey({ b: 1 }, 'a'));
  });
});

describe('navigationOf', () => {
  it("changes with another section's title, label or order, but not with its description", () => {
    const before = [section('one', 'One', 'The first part of the report.'), section('two', 'Two', 'The second part of the report.')];
    const retitled = [before[0]!, section('two', 'Second', 'The second part of the report.')];
    const redescribed = [before[0]!, section('two', 'Two', 'Another sentence about the second part.')];
    expect(pageCacheKey(navigationOf(retitled))).not.toBe(pageCacheKey(navigationOf(before)));
    expect(pageCacheKey(navigationOf(redescribed))).toBe(pageCacheKey(navigationOf(before)));
  });
});
