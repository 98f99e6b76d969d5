import { describe, expect, it } from 'vitest';
import { readableBlocks, sentences } from '../support/source-text.ts';

describe('readableBlocks', () => {
  it('turns the LaTeX title line into its words and footnote mark', () => {
    const line = String.raw`${'$'}{\color{blue} \textbf{CONTRIBUTION}} \\ \textbf{TO THE MEETING}^1 \\$`;
    expect(readableBlocks(line)).toEqual(['CONTRIBUTION TO THE MEETING1']);
  });

  it('drops the footnote rule, list markers and emphasis marks', () => {
    const source = 'Intro:\n\n- 6. Migration *New York Declaration*\n\n_\n\n¹ The views.';
    expect(readableBlocks(source)).toEqual(['Intro:', 'Migration New York Declaration', 'The views.']);
  });
});

describe('sentences', () => {
  it('splits on full stops and keeps a closing quote with its sentence', () => {
    expect(sentences('One "quoted." Two: 10.7 three. Four')).toEqual(['One "quoted."', 'Two: 10.7 three.', 'Four']);
  });
});
