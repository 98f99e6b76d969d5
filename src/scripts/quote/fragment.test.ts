import { describe, expect, it } from 'vitest';
import { encodeTerm, normalise, quoteUrl, textDirective } from './fragment.ts';

const ITEM_7 = 'The New York Declaration for Refugees and Migrants: Implementation of Commitments to Counter Xenophobia';

function split(passage: string, quote: string) {
  const at = passage.indexOf(quote);
  return { before: passage.slice(0, at), text: quote, after: passage.slice(at + quote.length) };
}

describe('text fragments for quotes', () => {
  it('encodes the directive’s own syntax (-, comma, &) as well as spaces', () => {
    expect(encodeTerm('Migration-Related, A & B')).toBe('Migration%2DRelated%2C%20A%20%26%20B');
  });

  it('gives a short quote that occurs once whole, as in the issue’s example', () => {
    const url = quoteUrl('https://x.org/chair-of-the-gmg/#gmg-meeting-7', split(ITEM_7, 'Counter Xenophobia'), normalise(ITEM_7));
    expect(url).toBe('https://x.org/chair-of-the-gmg/#gmg-meeting-7:~:text=Counter%20Xenophobia');
  });

  it('adds words of the passage around a quote that occurs elsewhere on the page first', () => {
    const page = normalise(`The New York Declaration was adopted. ${ITEM_7}`);
    expect(textDirective(split(ITEM_7, 'New York Declaration'), page)).toBe('text=The-,New%20York%20Declaration,-for');
  });

  it('gives a long quote as start and end, the end long enough not to match earlier', () => {
    const passage = 'one two three four five six seven eight nine ten eight nine ten eleven';
    const directive = textDirective({ before: '', text: passage, after: '' }, normalise(passage));
    expect(directive).toBe('text=one%20two%20three,nine%20ten%20eleven');
    const repeating = 'alpha beta gamma delta epsilon zeta eta theta iota kappa theta iota kappa';
    expect(textDirective({ before: '', text: repeating, after: '' }, normalise(repeating))).toBe(
      'text=alpha%20beta%20gamma,kappa%20theta%20iota%20kappa',
    );
  });
});
