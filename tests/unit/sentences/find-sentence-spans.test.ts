import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH } from '../../../src/sentences/find-quote-spans.js';
import { findSentenceSpans } from '../../../src/sentences/find-sentence-spans.js';

describe('findSentenceSpans', () => {
  it('returns offsets into the whole text for a range inside it', () => {
    const text = 'Headline\n\n Gen. Kim left.Next day. \n\nTail.';
    expect(findSentenceSpans(text, { start: 10, end: 35 })).toEqual([
      { start: 11, end: 25 },
      { start: 25, end: 34 },
    ]);
  });

  it('returns no spans for an empty or blank range', () => {
    expect(findSentenceSpans('abc', { start: 1, end: 1 })).toEqual([]);
    expect(findSentenceSpans(' \n\t ', { start: 0, end: 4 })).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['a number prefix before a word', 'He said No. The talks ended.', ['He said No.', 'The talks ended.']],
    ['a month before a number', 'It began on Sept. 12 in Kursk.', ['It began on Sept. 12 in Kursk.']],
    ['a company before a bracket', 'Humana Inc. (HUM) agreed.', ['Humana Inc. (HUM) agreed.']],
    [
      'an acronym before an opening quote',
      'He flew to the U.S. "We won," he said.',
      ['He flew to the U.S.', '"We won," he said.'],
    ],
    [
      'an acronym before a capitalised name',
      'The U.S. Army and U.S. Secretary Austin met.',
      ['The U.S. Army and U.S. Secretary Austin met.'],
    ],
    ['an initial before a nickname', 'John F. "Jack" Kennedy spoke.', ['John F. "Jack" Kennedy spoke.']],
    [
      'an initial before another initial that looks like a word',
      'Writer J. A. Smith spoke.',
      ['Writer J. A. Smith spoke.'],
    ],
    ['a full stop before a comma', 'He met the U.S. , then left.', ['He met the U.S. , then left.']],
    [
      'an ellipsis before a new line',
      'Bitcoin was stolen…\n24 December 2024',
      ['Bitcoin was stolen…', '24 December 2024'],
    ],
    [
      'a full stop before a digit',
      'It ended in 2023. 5,000 troops stayed.',
      ['It ended in 2023.', '5,000 troops stayed.'],
    ],
    ['a piece with no letter', '!!! Wow. 1. Go.', ['!!! Wow.', '1. Go.']],
    ['an abbreviation glued to a name', 'St.Petersburg and Mr.Kim met.', ['St.Petersburg and Mr.Kim met.']],
    ['an acronym glued to a capital', 'The U.S.Army came.', ['The U.S.Army came.']],
    ['a question glued to a capital', 'Really?Yes, really.', ['Really?', 'Yes, really.']],
    ['a number glued to a capital', 'In 2023.The war went on.', ['In 2023.', 'The war went on.']],
    [
      'a sentence ending in a closing bracket and quote',
      'He said ("Go.") Then left.',
      ['He said ("Go.")', 'Then left.'],
    ],
  ])('handles %s', (_case, text, expected) => {
    const spans = findSentenceSpans(text, { start: 0, end: text.length });
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });

  it('splits inside a quotation too long to keep whole', () => {
    const quoted = `${'We fight on. '.repeat(Math.ceil(MAX_QUOTE_LENGTH / 13))}End.`;
    const text = `"${quoted}" he said.`;
    const spans = findSentenceSpans(text, { start: 0, end: text.length });
    expect(spans.length).toBeGreaterThan(MAX_QUOTE_LENGTH / 13);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('"We fight on.');
  });
});
