import { describe, expect, it } from 'vitest';
import { renderPreviewCard } from './preview-card-image.ts';
import { drawOnPool } from './preview-card-pool.ts';
import { CARD_FRAME } from './preview-cards.ts';

describe('drawOnPool', () => {
  it("draws on worker threads exactly what renderPreviewCard draws with the report's frame", async () => {
    const cards = ['1. Chair of the GMG', 'Glossary', 'B. INITIATIVES THAT WILL BE UNDERTAKEN DURING 2017'].map((heading) => ({ page: 'x/', kicker: 'Section A.1', heading }));
    const drawn = await Promise.all(cards.map((card) => drawOnPool(card)));
    for (const [index, card] of cards.entries()) {
      expect(drawn[index]?.png.equals(await renderPreviewCard(card, CARD_FRAME))).toBe(true);
      // The thread's own time for the drawing, which the build reports.
      expect(drawn[index]?.ms).toBeGreaterThan(0);
    }
    expect(new Set(drawn.map(({ png }) => png.toString('base64'))).size).toBe(3);
  }, 30_000);

  it('fails with the page named when a card cannot be drawn', async () => {
    await expect(drawOnPool({ page: 'broken/', kicker: 'x', heading: undefined as unknown as string })).rejects.toThrow(/broken\//);
  }, 30_000);
});
