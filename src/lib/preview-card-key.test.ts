import { describe, expect, it } from 'vitest';
import { previewCardKey } from './preview-card-key.ts';

const card = { page: 'chair-of-the-gmg/', kicker: 'Section A.1', heading: '1. Chair of the GMG' };

describe('previewCardKey', () => {
  it('is the same for the same card and changes with anything the card shows', async () => {
    const key = await previewCardKey(card);
    expect(await previewCardKey({ ...card })).toBe(key);
    expect(await previewCardKey({ ...card, heading: '1. Chair of the Global Migration Group' })).not.toBe(key);
    expect(await previewCardKey({ ...card, kicker: 'Section A.2' })).not.toBe(key);
  });

  it('ignores what the card does not show (the page it belongs to)', async () => {
    expect(await previewCardKey({ ...card, page: 'other/' })).toBe(await previewCardKey(card));
  });
});
