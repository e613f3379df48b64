import { describe, expect, it } from 'vitest';
import type { Excerpt, QuoteFacts, QuoteRow, SpeakerQuotes } from '../../../../src/answer/answer.js';
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

const KOWALCZYK = { name: 'Anna Kowalczyk', role: 'Defence Minister', spellings: ['Anna Kowalczyk', 'Kowalczyk'] };

describe('renderQuotesText', () => {
  it('opens a short answer with the speaker, the count line and every quote as a short excerpt', () => {
    const text = renderQuotesText({
      command: 'who-said',
      kind: 'speaker-quotes',
      query: 'kowalczyk',
      speaker: KOWALCZYK,
      quotes: [
        row('“We hold,” she said.', 'We hold'),
        row('She said: “We will not', 'We will not', { isCut: true }, 'b.txt'),
      ],
      paraphrases: [row('Kowalczyk noted that supplies were late.', 'supplies were late', { direct: false })],
    });
    expect(text).toBe(
      [
        'Quotes by Anna\u00a0Kowalczyk (Defence\u00a0Minister)',
        '2 direct quotes · 1 statement the reports paraphrase · in 2 reports',
        'Also written: Kowalczyk',
        '',
        '1. “We hold”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-30',
        '',
        '2. “We will not”',
        '    — Bridge holds · North Desk · 2024-03-02 · b.txt:10-32',
        '  (cut off in the copy)',
        '',
        '3. paraphrase: “supplies were late”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-50',
      ].join('\n'),
    );
  });

  it('sizes a long answer: count line, ranking line, the best three, the narrow line, then the rest in full', () => {
    const quotes = ['We hold the bridge', 'The bridge stands', 'Supplies are late', 'The river is high'].map(
      (words, i) => row(`“${words},” she said.`, words, {}, `r${i}.txt`),
    );
    const text = renderQuotesText({
      command: 'who-said',
      kind: 'speaker-quotes',
      query: 'Kowalczyk bridge',
      speaker: { ...KOWALCZYK, role: null, spellings: ['Anna Kowalczyk'] },
      topic: ['bridge'],
      onTopic: 2,
      narrowWords: ['river', 'supplies'],
      quotes,
      paraphrases: [row('Kowalczyk said the ferry ran.', 'the ferry ran', { direct: false })],
    });
    expect(text).toBe(
      [
        'Quotes by Anna\u00a0Kowalczyk',
        '4 direct quotes · 1 statement the reports paraphrase · in 5 reports',
        'Best first: 2 of 5 mention bridge; then newest report first.',
        '',
        '1. “We hold the bridge”',
        '    — Bridge holds · North Desk · 2024-03-02 · r0.txt:10-41',
        '',
        '2. “The bridge stands”',
        '    — Bridge holds · North Desk · 2024-03-02 · r1.txt:10-40',
        '',
        '3. “Supplies are late”',
        '    — Bridge holds · North Desk · 2024-03-02 · r2.txt:10-40',
        '',
        'Narrow it: add a word from their quotes (river, supplies), e.g. /who-said Kowalczyk river',
        '',
        '4.',
        '  > “**The river is high**,” she said.',
        '    — Bridge holds · North Desk · 2024-03-02 · r3.txt:10-40',
        '',
        'Paraphrased by the reports (not their words):',
        '',
        '5.',
        '  “Kowalczyk said **the ferry ran**.”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-39',
      ].join('\n'),
    );
  });

  it('lists each person a shared name fits, with their best quotes, and how to ask for one', () => {
    const person = (name: string, words: string[]): SpeakerQuotes => ({
      speaker: { name, role: null, spellings: [name] },
      quotes: words.map((said) => row(`“${said},” ${name} said.`, said, { speaker: name })),
      paraphrases: [],
    });
    const text = renderQuotesText({
      command: 'who-said',
      kind: 'several-speakers',
      query: 'Hart',
      speakers: [person('Lena Hart', ['Talks resume', 'Ports open', 'Prices fall']), person('Paul Hart', ['No deal'])],
    });
    expect(text).toBe(
      [
        '2 people are named “Hart”:',
        'Quotes by Lena\u00a0Hart',
        '3 direct quotes · 0 statements the reports paraphrase · in 1 report',
        '',
        '1. “Talks resume”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-41',
        '',
        '2. “Ports open”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-39',
        '',
        'Quotes by Paul\u00a0Hart',
        '1 direct quote · 0 statements the reports paraphrase · in 1 report',
        '',
        '1. “No deal”',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-36',
        '',
        'Narrow it: ask for one by full name: /who-said Lena Hart · /who-said Paul Hart',
        'More by Lena\u00a0Hart:',
        '',
        '3.',
        '  > “**Prices fall**,” Lena Hart said.',
        '    — Bridge holds · North Desk · 2024-03-02 · a.txt:10-40',
      ].join('\n'),
    );
  });

  it.each([
    [
      'exact',
      [row('“It is a meat grinder,” she said.', 'meat grinder', { match: 'exact' })],
      ['1 quote contains “meat grinder”:', '', '1. Anna Kowalczyk', '  > “It is a **meat grinder**,” she said.'],
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
        'No quote contains exactly “meat grinder”; the 1 closest quote:',
        '',
        '1. speaker not named in the report (differing words: army)',
        '  > “It is a **meat grinder**,” he said.',
      ],
    ],
  ] as const)('renders %s phrase matches with their speakers', (match, quotes, lines) => {
    const text = renderQuotesText({ command: 'who-said', kind: 'phrase-quotes', query: 'meat grinder', match, quotes });
    expect(text.split('\n').slice(0, 4)).toEqual(lines);
  });

  it.each([
    ['phrase', 'quiet front', 'Nobody is quoted saying “quiet front”. 1 sentence mentions it:'],
    ['person', 'Marek', 'No quotes by Marek. 1 sentence mentions Marek:'],
  ] as const)('labels the sentences that mention a %s nobody is quoted saying', (asked, query, intro) => {
    const text = renderQuotesText({
      command: 'who-said',
      kind: 'not-quoted',
      query,
      asked,
      mentions: [excerpt(`The so-called “${query}” held.`, query, 'b.txt', null)],
    });
    const end = 10 + `The so-called “${query}” held.`.length;
    expect(text).toBe(
      [
        intro,
        '',
        '1.',
        `  > The so-called “**${query}**” held.`,
        `    — Bridge holds · North Desk · undated · b.txt:10-${end}`,
      ].join('\n'),
    );
  });
});
