import { describe, expect, it } from 'vitest';
import { buildSpeakerDirectory } from '../../../src/extract/people/build-speaker-directory.js';
import { extractQuotes } from '../../../src/extract/quotes/extract-quotes.js';
import { internQuoteStrings } from '../../../src/index/intern-quote-strings.js';
import { buildQuoteReport } from '../../support/build-quote-report.js';

const BUILT = [
  buildQuoteReport(
    [
      'Mayor Ana Lindqvist opened the new bridge on Tuesday.',
      '“It took us nine years,” Lindqvist said, “and every one was worth it.”',
      'Lindqvist said that tolls would end in June.',
    ],
    { id: 'bridge', date: '2024-06-04' },
  ),
  buildQuoteReport(['“The river is higher than last spring,” said Tomas Berg, a ferryman.'], { id: 'river' }),
];
const REPORTS = BUILT.map((built) => built.report);
const SENTENCES = BUILT.flatMap((built) => built.sentences);
const QUOTES = BUILT.flatMap((built) => extractQuotes(built.report, built.sentences));
const SPEAKERS = buildSpeakerDirectory(QUOTES);

// What a cache or store gives back: every string a copy of its own (fresh for each test: the quotes are changed in place).
const readQuotes = () => structuredClone(QUOTES);
const READ_SPEAKERS = structuredClone(SPEAKERS);

describe('internQuoteStrings', () => {
  it('gives back the quotes and directory it was given: equal, and the same JSON key for key', () => {
    const interned = internQuoteStrings(readQuotes(), READ_SPEAKERS, REPORTS, SENTENCES);
    expect(QUOTES.length).toBeGreaterThan(2);
    expect(interned.quotes).toEqual(QUOTES);
    expect(JSON.stringify(interned.quotes)).toBe(JSON.stringify(QUOTES));
    expect([...interned.speakers.speakerOfQuote]).toEqual([...SPEAKERS.speakerOfQuote]);
    expect(interned.speakers.speakers).toEqual(SPEAKERS.speakers);
  });

  it('keeps a text, report id or sentence id that its report does not give as it was read', () => {
    const odd = readQuotes().map((quote, i) =>
      i === 0 ? { ...quote, text: `${quote.text}!`, sentenceIds: ['bridge#99', 'elsewhere#0'] } : quote,
    );
    const orphan = { ...(QUOTES[0] as (typeof QUOTES)[0]), id: 'gone@0', reportId: 'gone' };
    const expected = structuredClone([...odd, orphan]);
    const interned = internQuoteStrings([...odd, orphan], READ_SPEAKERS, REPORTS, SENTENCES);
    expect(interned.quotes).toEqual(expected);
  });
});
