import { describe, expect, it } from 'vitest';
import { FULL_CONTENTS_MAX, contentsFor, searchFilterValue } from './contents.ts';
import type { LabelledSection } from './section-labels.ts';

const part = (id: string, parent?: string): LabelledSection => ({
  id,
  data: { title: id, navTitle: id, label: '1', ...(parent === undefined ? {} : { parent }) },
});

/** A report of `tops` top-level parts, each with `children` sub-parts, in reading order. */
function report(tops: number, children: number): LabelledSection[] {
  return Array.from({ length: tops }, (_, t) => [
    part(`p${t}`),
    ...Array.from({ length: children }, (_, c) => part(`p${t}-${c}`, `p${t}`)),
  ]).flat();
}

const ids = (sections: LabelledSection[]) => sections.map((section) => section.id);

describe('contentsFor', () => {
  it('lists every part of a short report on every page, as the five-part report has always shown', () => {
    const short = report(3, 2);
    expect(short.length).toBeLessThanOrEqual(FULL_CONTENTS_MAX);
    expect(contentsFor(short, 'p1-0')).toBe(short);
    expect(contentsFor(short, 'glossary')).toBe(short);
  });

  it('lists, in a 300-part report, the top-level parts plus the current part, its ancestors and own sub-parts', () => {
    const long = report(30, 9);
    expect(long).toHaveLength(300);
    const tops = ids(long.filter((section) => section.data.parent === undefined));

    const onSubPart = ids(contentsFor(long, 'p7-3'));
    expect(onSubPart).toEqual([...tops.slice(0, 8), 'p7-3', ...tops.slice(8)]);

    const onTop = ids(contentsFor(long, 'p7'));
    expect(onTop).toEqual([...tops.slice(0, 8), ...Array.from({ length: 9 }, (_, c) => `p7-${c}`), ...tops.slice(8)]);

    expect(ids(contentsFor(long, 'glossary'))).toEqual(tops);
    expect(ids(contentsFor(long, undefined))).toEqual(tops);
  });

  it('stays within top-level parts + depth + own sub-parts on every page of a long report', () => {
    const long = report(30, 9);
    for (const section of long) {
      const own = long.filter((other) => other.data.parent === section.id).length;
      expect(contentsFor(long, section.id).length, section.id).toBeLessThanOrEqual(30 + 1 + own);
    }
  });
});

describe('the search filter', () => {
  const label = (section: LabelledSection) => `Label ${section.id}`;

  it('files each page of a short report under its own section label', () => {
    const short = report(3, 2);
    expect(searchFilterValue(short[2]!, short, label)).toBe('section:Label p0-1');
  });

  it('files each page of a long report under its top-level part, so the filter offers only those', () => {
    const long = report(30, 9);
    expect(searchFilterValue(long.find((s) => s.id === 'p7-3')!, long, label)).toBe('part:Label p7');
    expect(searchFilterValue(long.find((s) => s.id === 'p7')!, long, label)).toBe('part:Label p7');
    expect(new Set(long.map((s) => searchFilterValue(s, long, label))).size).toBe(30);
  });
});
