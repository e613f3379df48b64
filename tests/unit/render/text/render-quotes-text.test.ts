import { describe, expect, it } from 'vitest';
import type { Excerpt, QuoteFacts, QuoteRow } from '../../../../src/answer/answer.js';
import { renderQuotesText } from '../../../../src/render/text/render-quotes-text.js';

function excerpt(sentence: string, marked: string, file = 'a.txt', date: string | null = '2024-03-02'): Excerpt {
  const start = sentence.indexOf(marked);
  return {
    citation: {
      file,
      start: 10,
      end: 10 + sentence.length,
      sentence,
      title: 'Bridge holds',
      date,
      outlet: 'North Desk',
    },
    marks: [{ start, end: start + marked.length }],
  };
}

function row(sentence: string, marked: string, quote: Partial<QuoteFacts> = {}, file = 'a.txt'): QuoteRow {
  const facts: QuoteFacts = {
    text: marked,
    speaker: 'Anna Kowalczyk',
    direct: true,
    match: null,
    isCut: false,
    differingWords: [],
    ...quote,
  };
  return { ...excerpt(sentence, marked, file), quote: facts };
}

describe('renderQuotesText', () => {
  it('renders a person’s quotes, a cut quote, then the paraphrases apart', () => {
    const text = renderQuotesText({
      command: 'who-said',
      kind: 'speaker-quotes',
      query: 'kowalczyk',
      speaker: { name: 'Anna Kowalczyk', role: 'Defence Minister', spellings: ['Anna Kowalczyk', 'Kowalczyk'] },
      quotes: [
        row('“We hold,” she said.', 'We hold'),
        row('She said: “We will not', 'We will not', { isCut: true }, 'b.txt'),
      ],
      paraphrases: [row('Kowalczyk noted that supplies were late.', 'supplies were late', { direct: false })],
    });
    expect(text).toBe(
      [
        'Quotes by Anna Kowalczyk (Defence Minister) — 2 quotes in 2 reports',
        'Also written: Kowalczyk',
        '',
        '1.',
        '  > “**We hold**,” she said.',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-30',
        '',
        '2.',
        '  > She said: “**We will not**',
        '    — Bridge holds · North Desk · 2024-03-02 · b.txt:10-32',
        '  (cut off in the copy)',
        '',
        'Paraphrased by the reports (not their words):',
        '',
        '1.',
        '  “Kowalczyk noted that **supplies were late**.”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-50',
      ].join('\n'),
    );
  });

  it('says so when a person has only paraphrased statements', () => {
    const text = renderQuotesText({
      command: 'who-said',
      kind: 'speaker-quotes',
      query: 'berg',
      speaker: { name: 'Tomas Berg', role: null, spellings: ['Tomas Berg'] },
      quotes: [],
      paraphrases: [row('Berg said the road was open.', 'the road was open', { direct: false, speaker: 'Tomas Berg' })],
    });
    expect(text).toBe(
      [
        'Quotes by Tomas Berg — 0 quotes in 0 reports',
        '',
        'No direct quotes.',
        '',
        'Paraphrased by the reports (not their words):',
        '',
        '1.',
        '  “Berg said **the road was open**.”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-38',
      ].join('\n'),
    );
  });

  it.each([
    [
      'exact',
      [row('“It is a meat grinder,” she said.', 'meat grinder', { match: 'exact' })],
      ['Who said “meat grinder”: exact match', '', '1. Anna Kowalczyk', '  > “It is a **meat grinder**,” she said.'],
    ],
    [
      'near',
      [
        row('“It is a meat grinder,” he said.', 'meat grinder', {
          match: 'near',
          differingWords: ['army'],
          speaker: null,
        }),
      ],
      [
        'Who said “meat grinder”: near matches',
        '',
        '1. speaker not named in the report (differing words: army)',
        '  > “It is a **meat grinder**,” he said.',
      ],
    ],
  ] as const)('renders %s phrase matches with their speakers', (match, quotes, lines) => {
    const text = renderQuotesText({ command: 'who-said', kind: 'phrase-quotes', query: 'meat grinder', match, quotes });
    expect(text.split('\n').slice(0, 4)).toEqual(lines);
  });

  it('renders the sentences that mention a phrase nobody is quoted saying', () => {
    const text = renderQuotesText({
      command: 'who-said',
      kind: 'not-quoted',
      query: 'quiet front',
      mentions: [excerpt('The so-called “quiet front” held.', 'quiet front', 'b.txt', null)],
    });
    expect(text).toBe(
      [
        'No quote matches “quiet front”. These sentences mention it without quoting anyone:',
        '',
        '1.',
        '  > The so-called “**quiet front**” held.',
        '    — Bridge holds · North Desk · undated · b.txt:10-43',
      ].join('\n'),
    );
  });
});
