import { describe, expect, it } from 'vitest';
import { depth, navLabel, printedHeading, type LabelledSection } from './section-labels.ts';

const section = (id: string, data: Partial<LabelledSection['data']>): LabelledSection => ({
  id,
  data: { title: 'TITLE', navTitle: 'Nav', ...data },
});

const titlePage = section('title-page', { title: 'CONTRIBUTION', navTitle: 'Title page' });
const partA = section('activities-2016', { label: 'A', title: 'ACTIVITIES', navTitle: 'Activities in 2016' });
const chair = section('chair-of-the-gmg', { label: '1', title: 'Chair of the GMG', navTitle: 'Chair of the GMG', parent: 'activities-2016' });
const all = [titlePage, partA, chair];

describe('section labels', () => {
  it('prints headings with their label as the report does', () => {
    expect(printedHeading(chair)).toBe('1. Chair of the GMG');
    expect(printedHeading(titlePage)).toBe('CONTRIBUTION');
  });

  it('names sections in navigation with the label path', () => {
    expect(navLabel(partA, all)).toBe('A. Activities in 2016');
    expect(navLabel(chair, all)).toBe('A.1 Chair of the GMG');
    expect(navLabel(titlePage, all)).toBe('Title page');
  });

  it('nests subsections one level below their part', () => {
    expect(depth(partA)).toBe(1);
    expect(depth(chair)).toBe(2);
  });
});
