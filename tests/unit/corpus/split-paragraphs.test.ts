import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/corpus/split-paragraphs.js';

/** The paragraphs as their text, which is what the rules decide; offsets are checked separately. */
function paragraphTexts(text: string, from?: number): string[] {
  return splitParagraphs(text, from).map(({ start, end }) => text.slice(start, end));
}

describe('splitParagraphs', () => {
  it('returns trimmed spans of the unchanged text', () => {
    expect(splitParagraphs('  Headline  \n\n\tFirst paragraph.\r\n\r\nSecond one.\n')).toEqual([
      { start: 2, end: 10 },
      { start: 15, end: 31 },
      { start: 35, end: 46 },
    ]);
  });

  it('returns nothing for a blank text', () => {
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });

  it('starts reading at the given offset', () => {
    expect(paragraphTexts('---\ntitle: x\n---\nBody text.', 17)).toEqual(['Body text.']);
  });

  it.each([
    ['a blank line', 'First paragraph.\n\nSecond paragraph.', ['First paragraph.', 'Second paragraph.']],
    ['a single line break after a sentence', 'First one.\nSecond one.', ['First one.', 'Second one.']],
    [
      'a single line break after a headline',
      'Storm Closes Pass\nRoads were shut.',
      ['Storm Closes Pass', 'Roads were shut.'],
    ],
    ['a list item', 'Key points:\n- first point\n- second point', ['Key points:', '- first point', '- second point']],
    ['a Markdown heading', 'Intro text\n## Details\nMore text.', ['Intro text', '## Details', 'More text.']],
    ['a separator line', 'Part one\n***\nPart two.', ['Part one', '***', 'Part two.']],
  ])('starts a new paragraph at %s', (_rule, text, expected) => {
    expect(paragraphTexts(text)).toEqual(expected);
  });

  it.each([
    ['the next line starts in lower case', 'Officials said the road\nwould reopen soon.'],
    ['the next line starts in lower case after an abbreviation', 'Talks began in the U.S.\nearlier this week.'],
    [
      'the next line starts with a lower-case link',
      'The office said it had\n[approved](https://example.org) the plan.',
    ],
    ['the line ends with a comma', 'Talks resumed on Monday,\nThe Guardian reported.'],
    ['the line ends with a word that needs a next one', 'The decision was welcomed by the\nUnion of Dock Workers.'],
    ['the line ends with a dash', 'The talks — which lasted a week —\nEnded without a deal.'],
  ])('keeps a hard-wrapped paragraph together when %s', (_rule, text) => {
    expect(paragraphTexts(text)).toEqual([text]);
  });

  it('keeps the indented continuation of a list item in the item', () => {
    expect(paragraphTexts('-   Prices fell in March, driven by\n    Lower fuel costs\n-   Next item')).toEqual([
      '-   Prices fell in March, driven by\n    Lower fuel costs',
      '-   Next item',
    ]);
  });

  it('joins a wrapped line to a capitalised next line only where the next word would not have fitted', () => {
    const text = readFileSync(new URL('../../fixtures/reports/corpus-hard-wrapped.txt', import.meta.url), 'utf8');
    expect(paragraphTexts(text)).toEqual([
      'Wind Farm Plan Approved After Long Review',
      'The planning board approved the offshore wind farm on Tuesday after a review\nthat lasted almost two years, ending a dispute between fishing groups and\nthe developer. Construction is due to start next spring.',
      'Fishing groups said they would study the decision before asking the court\nin Bergen for a review. The developer, Northsea Power, welcomed the vote\nand promised to publish its plans for the cable route within a month, said\nAnna Berg, a spokeswoman for the company.',
      'Board members voted five to two in favour of the project, which will\nsupply power to about 300,000 homes when it is finished in 2029.',
    ]);
  });

  it('keeps a short line broken on purpose apart in a hard-wrapped file', () => {
    const wrapped = [
      'Ferry Service Returns',
      'The ferry between the two islands resumed on Monday after a winter break',
      'of four months, the operator said in a statement to local newspapers and',
      'radio stations, adding that the timetable would stay the same as before.',
    ].join('\n');
    expect(paragraphTexts(wrapped)).toEqual(['Ferry Service Returns', wrapped.slice(wrapped.indexOf('The ferry'))]);
  });

  it('keeps a line that ends a sentence apart from a capitalised next line', () => {
    expect(paragraphTexts('The vote passed.\nThe mayor spoke next.')).toEqual([
      'The vote passed.',
      'The mayor spoke next.',
    ]);
  });
});

describe('splitParagraphs with labelled lines', () => {
  it('starts a paragraph at a labelled line even where a wrapped line would have run on', () => {
    const lines = [
      'The harbour authority said the new pier would open to fishing boats in',
      'the spring of next year after a final safety inspection by engineers',
      'from the regional transport office, which has not yet set a date.',
      'Source: https://news.example.org/2024/05/02/harbour-authority-opens-new-pier-to-fishing-boats/',
      'Published: 2024-05-02',
    ];
    expect(paragraphTexts(lines.join('\n'))).toEqual([lines.slice(0, 3).join('\n'), lines[3], lines[4]]);
  });

  it('keeps a transcript speaker label on the line it starts', () => {
    expect(paragraphTexts('MS. LEE: We will look at it.\nQ And the vote?\nMS. LEE: Tomorrow.')).toEqual([
      'MS. LEE: We will look at it.',
      'Q And the vote?',
      'MS. LEE: Tomorrow.',
    ]);
  });
});
