import { describe, expect, it } from 'vitest';
import { sectionOrder } from './panel.ts';

describe('sectionOrder', () => {
  it('puts the sections in the order their printed labels give, unlabelled parts first', () => {
    const shuffled = ['B. Initiatives for 2017', 'A.2 EU-UN Women project', 'Title page', 'A. Activities in 2016', 'A.1 Chair of the GMG'];
    expect(sectionOrder(shuffled)).toEqual([
      'Title page',
      'A. Activities in 2016',
      'A.1 Chair of the GMG',
      'A.2 EU-UN Women project',
      'B. Initiatives for 2017',
    ]);
  });

  it('orders numbers as numbers, so part 10 follows part 9', () => {
    expect(sectionOrder(['10. Ten', '9. Nine', '9.10 Nine ten', '9.2 Nine two', '1. One'])).toEqual([
      '1. One',
      '9. Nine',
      '9.2 Nine two',
      '9.10 Nine ten',
      '10. Ten',
    ]);
  });
});
