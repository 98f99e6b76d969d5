import { describe, expect, it } from 'vitest';
import { validateSections, type SectionEntry } from './validate-sections.ts';

function section(id: string, data: Partial<SectionEntry['data']> & { order: number }): SectionEntry {
  return {
    id,
    filePath: `content/sections/${id}.mdx`,
    data: { idPrefix: id.replace(/[^a-z]/g, ''), kind: 'section', ...data },
  };
}

const valid = [
  section('b-part', { order: 4 }),
  section('title', { order: 0, kind: 'title-page' }),
  section('a-part', { order: 1 }),
  section('a-child', { order: 2, parent: 'a-part' }),
];

describe('validateSections', () => {
  it('returns the sections in reading order', () => {
    expect(validateSections(valid).map((s) => s.id)).toEqual(['title', 'a-part', 'a-child', 'b-part']);
  });

  it('does not reorder the array it was given', () => {
    const input = [...valid];
    validateSections(input);
    expect(input).toEqual(valid);
  });

  it('names both files when two sections share an order', () => {
    const clash = section('late-part', { order: 2 });
    expect(() => validateSections([...valid, clash])).toThrow(
      '[content] content/sections/late-part.mdx: order "2" is already used by content/sections/a-child.mdx',
    );
  });

  it('names both files when two sections share a slug', () => {
    const twin = { ...section('b-part', { order: 9, idPrefix: 'twin' }), filePath: 'content/sections/B-Part.mdx' };
    expect(() => validateSections([...valid, twin])).toThrow(
      'content/sections/B-Part.mdx: slug "b-part" is already used by content/sections/b-part.mdx',
    );
  });

  it('names both files when two sections share an idPrefix', () => {
    const twin = section('other', { order: 9, idPrefix: 'apart' });
    expect(() => validateSections([...valid, twin])).toThrow(
      'content/sections/other.mdx: idPrefix "apart" is already used by content/sections/a-part.mdx',
    );
  });

  it('rejects a parent that is not a section', () => {
    const orphan = section('orphan', { order: 9, parent: 'nowhere' });
    expect(() => validateSections([...valid, orphan])).toThrow(
      'content/sections/orphan.mdx: parent "nowhere" is not the slug of any section',
    );
  });

  it('rejects nesting deeper than two levels, and a section that is its own parent', () => {
    const grandchild = section('grandchild', { order: 3, parent: 'a-child' });
    expect(() => validateSections([...valid, grandchild])).toThrow(
      'content/sections/grandchild.mdx: parent "a-child" must be a top-level section',
    );
    const loop = section('loop', { order: 9, parent: 'loop' });
    expect(() => validateSections([...valid, loop])).toThrow('content/sections/loop.mdx: parent "loop"');
  });

  it('names every title page when there is more than one', () => {
    const second = section('cover', { order: 9, kind: 'title-page' });
    expect(() => validateSections([...valid, second])).toThrow(
      'more than one section has kind: title-page (content/sections/title.mdx, content/sections/cover.mdx)',
    );
  });

  it('accepts an empty collection', () => {
    expect(validateSections([])).toEqual([]);
  });

  it('refuses a former address that is a current one, or that two sections claim', () => {
    const moved = section('c-part', { order: 5, movedFrom: ['a-part'] });
    expect(() => validateSections([...valid, moved])).toThrow(
      'content/sections/c-part.mdx: movedFrom "a-part" is the address of content/sections/a-part.mdx',
    );
    const first = section('c-part', { order: 5, movedFrom: ['old-part'] });
    const second = section('d-part', { order: 6, movedFrom: ['old-part'] });
    expect(() => validateSections([...valid, first, second])).toThrow(
      'content/sections/d-part.mdx: movedFrom "old-part" is already claimed by content/sections/c-part.mdx',
    );
  });
});
