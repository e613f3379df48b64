import { describe, expect, it } from 'vitest';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

describe('tokenizeFigureText', () => {
  it.each([
    ['keeps thousands separators in one token', 'over 3,000 killed', ['over', '3,000', 'killed']],
    ['keeps a decimal in one token', '1.5 million', ['1.5', 'million']],
    ['keeps dotted acronyms whole', 'U.S. officials', ['U.S.', 'officials']],
    ['keeps hyphens and currency signs as tokens', '£20 27-hundred', ['£', '20', '27', '-', 'hundred']],
    ['keeps a possessive with its word', 'Russia’s losses', ['Russia’s', 'losses']],
    ['drops a full stop after a number', 'in 2024.', ['in', '2024', '.']],
  ])('%s', (_name, text, expected) => {
    expect(tokenizeFigureText(text).map((token) => token.text)).toEqual(expected);
  });

  it('gives offsets that slice back and lower-cases with straight apostrophes', () => {
    expect(tokenizeFigureText('Kyiv’s 3,000')).toEqual([
      { text: 'Kyiv’s', lower: "kyiv's", start: 0, end: 6, type: 'word' },
      { text: '3,000', lower: '3,000', start: 7, end: 12, type: 'digits' },
    ]);
  });

  it('returns no tokens for blank text', () => {
    expect(tokenizeFigureText('  ')).toEqual([]);
  });
});
