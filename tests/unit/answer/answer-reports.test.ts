import { describe, expect, it } from 'vitest';
import { answerReports } from '../../../src/answer/answer-reports.js';
import { buildQuoteCorpus, buildQuoteReport } from '../../support/build-quote-report.js';
import { buildTestCorpusIndex, loadTestReport } from '../../support/build-test-corpus.js';

const INDEX = buildTestCorpusIndex([
  loadTestReport('search-strike', { date: '2024-11-20', outlet: 'Example Wire' }),
  loadTestReport('search-troops'),
  loadTestReport('search-allies'),
  loadTestReport('search-weather'),
]);
const STRIKE = {
  file: 'search-strike.txt',
  title: 'Storm Shadow missiles hit a command post in the Kursk region',
  date: '2024-11-20',
  outlet: 'Example Wire',
};

/** [offset, files and starts of the results, nextCursor] of a results answer. */
function page(query: string, options: { limit?: number; cursor?: string | null }) {
  const answer = answerReports(INDEX, query, options);
  if (answer.kind !== 'results') throw new TypeError(`Expected results, got ${answer.kind}`);
  return [
    answer.offset,
    answer.results.map((result) => `${result.citation.file}:${result.citation.start}`),
    answer.nextCursor,
  ];
}

describe('answerReports', () => {
  it('answers with a cited, marked sentence per report and a cursor for the next page', () => {
    expect(answerReports(INDEX, 'storm shadow missiles', { limit: 1 })).toEqual({
      command: 'reports',
      kind: 'results',
      query: 'storm shadow missiles',
      terms: ['Storm Shadow', 'missiles'],
      skippedTerms: [],
      ignoredWords: [],
      nearSpellings: [],
      isNearOnly: false,
      total: 2,
      offset: 0,
      results: [
        {
          citation: {
            ...STRIKE,
            start: 64,
            end: 159,
            sentence: 'Ukraine fired British Storm Shadow missiles at a command post in the Kursk region on Wednesday.',
          },
          marks: [
            { start: 22, end: 34 },
            { start: 35, end: 43 },
          ],
          score: 4.762498,
          // The title matches, so the report shows more of its matching sentences.
          more: [
            {
              citation: {
                ...STRIKE,
                start: 242,
                end: 303,
                sentence: 'France supplies the same cruise missile under the name SCALP.',
              },
              marks: [
                { start: 32, end: 39 },
                { start: 55, end: 60 },
              ],
            },
            {
              citation: {
                ...STRIKE,
                start: 304,
                end: 366,
                sentence: 'Officials in Kyiv did not say how many missiles were launched.',
              },
              marks: [{ start: 39, end: 47 }],
            },
          ],
        },
      ],
      nextCursor: '1',
    });
  });

  it('shows five results by default', () => {
    expect(page('Kursk Oblast', {})).toEqual([
      0,
      ['search-strike.txt:64', 'search-allies.txt:129', 'search-troops.txt:52'],
      null,
    ]);
  });

  it.each<[string, string | null, unknown[]]>([
    ['the first page without a cursor', null, [0, ['search-strike.txt:64', 'search-allies.txt:129'], '2']],
    ['the page a cursor points to, with null after the last', '2', [2, ['search-troops.txt:52'], null]],
    ['a page starting anywhere', '1', [1, ['search-allies.txt:129', 'search-troops.txt:52'], null]],
    ['the first page for a malformed cursor', 'abc', [0, ['search-strike.txt:64', 'search-allies.txt:129'], '2']],
    [
      'the first page for a cursor with leading zeros',
      '02',
      [0, ['search-strike.txt:64', 'search-allies.txt:129'], '2'],
    ],
    ['the first page for a negative cursor', '-2', [0, ['search-strike.txt:64', 'search-allies.txt:129'], '2']],
    [
      'the first page for a cursor past the last result',
      '3',
      [0, ['search-strike.txt:64', 'search-allies.txt:129'], '2'],
    ],
  ])('gives %s', (_name, cursor, expected) => {
    expect(page('Kursk Oblast', { limit: 2, cursor })).toEqual(expected);
  });

  it('answers no-match with the normalised terms, the reports searched and the closest known terms', () => {
    expect(answerReports(INDEX, 'Packers touchdowns', {})).toEqual({
      command: 'reports',
      kind: 'no-match',
      query: 'Packers touchdowns',
      terms: ['packers', 'touchdowns'],
      reportsSearched: 4,
      suggestions: ['package'],
    });
  });

  it('answers no-match with no terms for a query of stop words only', () => {
    expect(answerReports(INDEX, 'what was said about them', {})).toEqual({
      command: 'reports',
      kind: 'no-match',
      query: 'what was said about them',
      terms: [],
      reportsSearched: 4,
      suggestions: [],
    });
  });

  it.each([0, -1, 2.5])('refuses a page size of %d', (limit) => {
    expect(() => answerReports(INDEX, 'storm', { limit })).toThrow(`Page size ${limit} is not a positive integer`);
  });
});

const BRIDGES = buildQuoteCorpus([
  buildQuoteReport(
    [
      'The river bridge reopened on Monday after repairs.',
      'Traffic was light.',
      'Engineers said the bridge repairs took six weeks.',
      'The old bridge had been closed since May.',
      'A second bridge is planned.',
    ],
    { id: 'b1', title: 'Bridge reopens', date: '2024-04-02' },
  ),
  buildQuoteReport(['Rain fell all week.', 'Drivers said the bridge was busy.'], { id: 'b2', title: 'Weather' }),
  buildQuoteReport(
    ['Ferries ran instead.', 'The old bridge had been closed since May.', 'Bridge repairs cost a million.'],
    { id: 'b3', title: 'Bridge money' },
  ),
]);

/** Each result as its file and the texts of its sentences, first sentence first. */
function sentencesOf(query: string): [string, string[]][] {
  const answer = answerReports(BRIDGES, query, {});
  if (answer.kind !== 'results') throw new TypeError(`Expected results, got ${answer.kind}`);
  return answer.results.map((result) => [
    result.citation.file,
    [result, ...(result.more ?? [])].map((excerpt) => excerpt.citation.sentence),
  ]);
}

describe('answerReports, answers that answer', () => {
  it('shows up to three sentences of a report whose title or lead matches, lead first, none twice', () => {
    expect(sentencesOf('bridge repairs')).toEqual([
      [
        'b1.txt',
        [
          'The river bridge reopened on Monday after repairs.',
          'Engineers said the bridge repairs took six weeks.',
          'The old bridge had been closed since May.',
        ],
      ],
      ['b3.txt', ['Bridge repairs cost a million.']],
      ['b2.txt', ['Drivers said the bridge was busy.']],
    ]);
  });

  it('does not search the words that only frame a question, and names them', () => {
    const answer = answerReports(BRIDGES, 'which reports mention the bridge repairs', {});
    expect(answer.kind === 'results' && [answer.terms, answer.ignoredWords]).toEqual([
      ['bridge', 'repairs'],
      ['reports', 'mention'],
    ]);
  });

  it('searches framing words as asked when nothing else is left', () => {
    const answer = answerReports(BRIDGES, 'what reports', {});
    expect(answer.kind === 'no-match' && answer.terms).toEqual(['reports']);
  });

  it('names near spellings (once, whatever their case) instead of marking them as matches', () => {
    const answer = answerReports(BRIDGES, 'bridgr', {});
    expect(answer.kind === 'results' && [answer.nearSpellings, answer.isNearOnly]).toEqual([['bridge'], true]);
    expect(answer.kind === 'results' && answer.results.flatMap((result) => result.marks)).toEqual([]);
  });
});
