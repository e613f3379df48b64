import { describe, expect, it } from 'vitest';
import { answerReports } from '../../../src/answer/answer-reports.js';
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
          score: 13.747221,
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
