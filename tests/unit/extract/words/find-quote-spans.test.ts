import { describe, expect, it } from 'vitest';
import { findQuoteSpans, type QuoteSpan } from '../../../../src/extract/words/find-quote-spans.js';

type Seen = { quoted: string; isCut: boolean; marks: QuoteSpan['marks'] };

function read(text: string): Seen[] {
  return findQuoteSpans(text).map((span) => ({
    quoted: text.slice(span.start, span.end),
    isCut: span.isCut,
    marks: span.marks,
  }));
}

const double = (quoted: string, isCut = false): Seen => ({ quoted, isCut, marks: 'double' });
const single = (quoted: string): Seen => ({ quoted, isCut: false, marks: 'single' });

describe('findQuoteSpans', () => {
  it.each<[string, string, Seen[]]>([
    ['straight double marks', '"We hold," he said.', [double('We hold')]],
    ['curly double marks', '“We hold,” he said.', [double('We hold')]],
    ['a curly opening and a straight closing', '“We hold," he said.', [double('We hold')]],
    ['a straight opening and a curly closing', '"We hold,” he said.', [double('We hold')]],
    ['a straight opening after a colon with no space', 'He said:"We hold."', [double('We hold.')]],
    ['a closing mark after a stray space', '"We hold , " he said.', [double('We hold')]],
    ['two parts of a split quote', '“We hold,” he said, “and we stay.”', [double('We hold'), double('and we stay.')]],
    ['a quote over several sentences', '“One. Two. Three,” she said.', [double('One. Two. Three')]],
    ['guillemets', '«We hold», he said.', [double('We hold')]],
    ['an unclosed quote as cut', 'He said: “We will hold until the', [double('We will hold until the', true)]],
    [
      'a quote cut where a new one opens',
      '“We will hold “Next one,” he said.',
      [double('We will hold', true), double('Next one')],
    ],
    ['curly single marks', '‘We hold,’ he said.', [single('We hold')]],
    ['straight single marks', "'We hold,' he said.", [single('We hold')]],
    [
      'a plural possessive inside single marks',
      "'The soldiers' lives matter,' he said.",
      [single("The soldiers' lives matter")],
    ],
    ['a single-quoted phrase', "He called it a 'meat grinder' and left.", [single('meat grinder')]],
    ['single marks after an elided year', "In the '90s it was 'different', he said.", [single('different')]],
    [
      'single marks nested in double marks as part of the quote',
      '“He told me ‘no’ twice,” she said.',
      [double('He told me ‘no’ twice')],
    ],
    [
      'double marks nested in single marks as part of the quote',
      '\'It was "a trap",\' she said.',
      [single('It was "a trap"')],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['apostrophes inside words', "It’s Russia’s war and it isn't over."],
    ['a plural possessive', "The soldiers’ lives and the officers' pay."],
    ['an unpaired single opening mark', "Rock 'n' roll and 'twas the night."],
    ['a stray closing mark', 'He paused” and left.'],
    ['empty marks', 'He said "" and left.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(findQuoteSpans(text)).toEqual([]);
  });

  it('gives the offsets of the marks and of the quoted words', () => {
    expect(findQuoteSpans('A “ go, ” B ‘x y’')).toEqual([
      { open: 2, start: 4, end: 6, close: 9, isCut: false, marks: 'double' },
      { open: 12, start: 13, end: 16, close: 17, isCut: false, marks: 'single' },
    ]);
  });
});
