import { describe, expect, it } from 'vitest';
import type { Citation, Mark, QuoteFacts } from '../../../src/answer/answer.js';
import { answerWhoSaid } from '../../../src/answer/answer-who-said.js';
import { buildQuoteCorpus, buildQuoteReport } from '../../support/build-quote-report.js';

const INDEX = buildQuoteCorpus([
  buildQuoteReport(
    [
      'Defence Minister Anna Kowalczyk visited the front on Monday.',
      '“We will hold the bridge,” she said, “and we will not retreat.”',
      'Kowalczyk noted that supplies would arrive next week.',
    ],
    { id: 'a', date: '2024-03-02', title: 'Bridge holds', outlet: 'North Desk' },
  ),
  buildQuoteReport(
    [
      '“The bridge is a meat grinder for both sides,” Kowalcyk told reporters.',
      'The so-called “quiet front” stayed calm on Tuesday.',
    ],
    { id: 'b', date: '2024-03-05', title: 'Bridge update', outlet: 'East Wire' },
  ),
  buildQuoteReport(['“Nobody asked us about the bridge,” said Tomas Berg, a local farmer.'], { id: 'c' }),
]);

const REPORT_A = { file: 'a.txt', title: 'Bridge holds', date: '2024-03-02', outlet: 'North Desk' };
const REPORT_B = { file: 'b.txt', title: 'Bridge update', date: '2024-03-05', outlet: 'East Wire' };

function cite(report: typeof REPORT_A, start: number, sentence: string): Citation {
  return { ...report, start, end: start + sentence.length, sentence };
}

function facts(text: string, overrides: Partial<QuoteFacts> = {}): QuoteFacts {
  return { text, speaker: 'Anna Kowalczyk', direct: true, match: null, isCut: false, differingWords: [], ...overrides };
}

const GRINDER = '“The bridge is a meat grinder for both sides,” Kowalcyk told reporters.';
const BRIDGE = '“We will hold the bridge,” she said, “and we will not retreat.”';
const SUPPLIES = 'Kowalczyk noted that supplies would arrive next week.';

function row(citation: Citation, marks: Mark[], quote: QuoteFacts) {
  return { citation, marks, quote };
}

describe('answerWhoSaid', () => {
  it.each([['Kowalczyk'], ['kowalcik'], ['Minister Anna Kowalczyk'], ['anna']])(
    'lists a person’s quotes, newest report first, then their paraphrased statements, for "%s"',
    (query) => {
      expect(answerWhoSaid(INDEX, query)).toEqual({
        command: 'who-said',
        kind: 'speaker-quotes',
        query,
        speaker: {
          name: 'Anna Kowalczyk',
          role: 'Defence Minister',
          spellings: ['Anna Kowalczyk', 'Kowalcyk', 'Kowalczyk'],
        },
        quotes: [
          row(
            cite(REPORT_B, 15, GRINDER),
            [{ start: 1, end: 44 }],
            facts('The bridge is a meat grinder for both sides'),
          ),
          row(
            cite(REPORT_A, 76, BRIDGE),
            [
              { start: 1, end: 24 },
              { start: 38, end: 62 },
            ],
            facts('We will hold the bridge … and we will not retreat.'),
          ),
        ],
        paraphrases: [
          row(
            cite(REPORT_A, 141, SUPPLIES),
            [{ start: 21, end: 52 }],
            facts('supplies would arrive next week', { direct: false }),
          ),
        ],
      });
    },
  );

  it('finds the quotes that contain a phrase exactly, marking the phrase', () => {
    expect(answerWhoSaid(INDEX, '“Meat grinder”')).toEqual({
      command: 'who-said',
      kind: 'phrase-quotes',
      query: '“Meat grinder”',
      match: 'exact',
      quotes: [
        row(
          cite(REPORT_B, 15, GRINDER),
          [{ start: 17, end: 29 }],
          facts('The bridge is a meat grinder for both sides', { match: 'exact' }),
        ),
      ],
    });
  });

  it('finds the closest quotes with the words they lack when none matches exactly', () => {
    expect(answerWhoSaid(INDEX, 'meat grinder for the army')).toEqual({
      command: 'who-said',
      kind: 'phrase-quotes',
      query: 'meat grinder for the army',
      match: 'near',
      quotes: [
        row(
          cite(REPORT_B, 15, GRINDER),
          [
            { start: 17, end: 21 },
            { start: 22, end: 29 },
          ],
          facts('The bridge is a meat grinder for both sides', { match: 'near', differingWords: ['army'] }),
        ),
      ],
    });
  });

  it('lists the sentences that mention a phrase no one is quoted saying', () => {
    expect(answerWhoSaid(INDEX, 'quiet front')).toEqual({
      command: 'who-said',
      kind: 'not-quoted',
      query: 'quiet front',
      mentions: [
        {
          citation: cite(REPORT_B, 88, 'The so-called “quiet front” stayed calm on Tuesday.'),
          marks: [
            { start: 15, end: 20 },
            { start: 21, end: 26 },
          ],
        },
      ],
    });
  });

  it('takes text in quote marks as a phrase, even when it is a speaker’s name', () => {
    const answer = answerWhoSaid(INDEX, '"Kowalczyk"');
    expect(answer.kind).toBe('not-quoted');
  });

  it('answers no-match when neither a quote nor a sentence has the phrase', () => {
    expect(answerWhoSaid(INDEX, 'submarine')).toEqual({
      command: 'who-said',
      kind: 'no-match',
      query: 'submarine',
      terms: ['submarine'],
      reportsSearched: 3,
      suggestions: [],
    });
  });

  it('shows a speaker with the role an appositive gives', () => {
    const answer = answerWhoSaid(INDEX, 'Berg');
    expect(answer.kind === 'speaker-quotes' && answer.speaker).toEqual({
      name: 'Tomas Berg',
      role: 'local farmer',
      spellings: ['Tomas Berg'],
    });
  });
});
