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
        topic: [],
        onTopic: 0,
        narrowWords: [],
        namesakes: [],
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
      asked: 'phrase',
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

const PEOPLE = buildQuoteCorpus([
  buildQuoteReport(
    [
      '“The ceasefire talks will resume in June,” said Lena Hart, the foreign minister.',
      '“Nobody trusts Ivo Marek on the ceasefire,” said Paul Hart, a union leader.',
    ],
    { id: 'p1', date: '2024-05-01', title: 'Talks', outlet: 'Desk' },
  ),
  buildQuoteReport(
    [
      '“Our harbour reopens next week,” Lena Hart told reporters.',
      '“Grain prices fell again,” Paul Hart said.',
      'The envoy Ivo Marek left Geneva on Sunday.',
    ],
    { id: 'p2', date: '2024-05-03', title: 'Harbour', outlet: 'Desk' },
  ),
]);

/** The quoted words of each row of a who-said answer, in order. */
function quotedWords(answer: ReturnType<typeof answerWhoSaid>): string[] {
  return answer.kind === 'speaker-quotes' ? answer.quotes.map((one) => one.quote.text) : [];
}

describe('answerWhoSaid, honest and bounded', () => {
  it('lists every person a shared surname fits, each with their own quotes', () => {
    const answer = answerWhoSaid(PEOPLE, 'Hart');
    expect(answer.kind).toBe('several-speakers');
    if (answer.kind !== 'several-speakers') return;
    expect([answer.name, answer.namesakes]).toEqual(['Hart', []]);
    expect(answer.speakers.map((person) => [person.speaker.name, person.quotes.map((one) => one.quote.text)])).toEqual([
      ['Lena Hart', ['Our harbour reopens next week', 'The ceasefire talks will resume in June']],
      ['Paul Hart', ['Grain prices fell again', 'Nobody trusts Ivo Marek on the ceasefire']],
    ]);
  });

  it('gives one person when the name asked fits only one of them', () => {
    const answer = answerWhoSaid(PEOPLE, 'Paul Hart');
    expect(answer.kind === 'speaker-quotes' && answer.speaker.name).toBe('Paul Hart');
  });

  it('answers "no quotes by" a name nobody is quoted as, with the sentences that mention it, never as a match', () => {
    expect(answerWhoSaid(PEOPLE, 'Marek')).toEqual({
      command: 'who-said',
      kind: 'not-quoted',
      query: 'Marek',
      asked: 'person',
      mentions: [
        {
          citation: {
            file: 'p1.txt',
            title: 'Talks',
            date: '2024-05-01',
            outlet: 'Desk',
            start: 89,
            end: 164,
            sentence: '“Nobody trusts Ivo Marek on the ceasefire,” said Paul Hart, a union leader.',
          },
          marks: [{ start: 19, end: 24 }],
        },
        {
          citation: {
            file: 'p2.txt',
            title: 'Harbour',
            date: '2024-05-03',
            outlet: 'Desk',
            start: 113,
            end: 155,
            sentence: 'The envoy Ivo Marek left Geneva on Sunday.',
          },
          marks: [{ start: 14, end: 19 }],
        },
      ],
    });
  });

  it('ranks a person’s quotes by the topic words asked with the name, before or after it', () => {
    expect(quotedWords(answerWhoSaid(PEOPLE, 'Lena Hart'))).toEqual([
      'Our harbour reopens next week',
      'The ceasefire talks will resume in June',
    ]);
    for (const query of ['Lena Hart ceasefire', 'ceasefire Lena Hart']) {
      const answer = answerWhoSaid(PEOPLE, query);
      expect(quotedWords(answer)).toEqual(['The ceasefire talks will resume in June', 'Our harbour reopens next week']);
      expect(answer.kind === 'speaker-quotes' && [answer.topic, answer.onTopic]).toEqual([['ceasefire'], 1]);
    }
  });

  it('takes the topic from the caller’s option (the answer model’s topic field)', () => {
    const answer = answerWhoSaid(PEOPLE, 'Lena Hart', { topic: 'ceasefires' });
    expect(quotedWords(answer)[0]).toBe('The ceasefire talks will resume in June');
  });

  it('keeps a phrase whose first word is a typo away from a name a phrase', () => {
    expect(answerWhoSaid(PEOPLE, 'harts grain').kind).not.toBe('speaker-quotes');
  });
});

describe('answerWhoSaid, a speaker with many quotes', () => {
  const MANY = buildQuoteCorpus([
    buildQuoteReport(
      [
        '“The grain harbour is open,” Mira Olsen said.',
        '“Grain ships are waiting,” Mira Olsen said.',
        '“The harbour cranes work again,” Mira Olsen said.',
        '“Grain exports doubled,” Mira Olsen said.',
        '“Our pilots are ready,” Mira Olsen said.',
        '“The pilots trained all winter,” Mira Olsen said.',
      ],
      { id: 'm1', date: '2024-06-01' },
    ),
  ]);

  it('names the words of their own quotes that would narrow it, most quotes first, then alphabetically, as most often written', () => {
    const answer = answerWhoSaid(MANY, 'Olsen');
    expect(answer.kind === 'speaker-quotes' && answer.narrowWords).toEqual(['Grain', 'harbour', 'pilots']);
  });

  it('leaves the topic asked out of the narrowing words, and the next question on the same index gets all of them again', () => {
    const narrow = (query: string) => {
      const answer = answerWhoSaid(MANY, query);
      return answer.kind === 'speaker-quotes' ? answer.narrowWords : null;
    };
    expect(narrow('Olsen')).toEqual(['Grain', 'harbour', 'pilots']);
    expect(narrow('Olsen grain')).toEqual(['harbour', 'pilots']);
    expect(narrow('Olsen pilots')).toEqual(['Grain', 'harbour']);
    expect(narrow('Olsen')).toEqual(['Grain', 'harbour', 'pilots']);
  });

  it('orders the same report’s quotes by position when no topic is asked', () => {
    expect(quotedWords(answerWhoSaid(MANY, 'Olsen'))).toEqual([
      'The grain harbour is open',
      'Grain ships are waiting',
      'The harbour cranes work again',
      'Grain exports doubled',
      'Our pilots are ready',
      'The pilots trained all winter',
    ]);
  });
});

describe('answerWhoSaid, transcripts', () => {
  it('lists a transcript speaker’s turns as that person’s own words', () => {
    const briefing = buildQuoteCorpus([
      buildQuoteReport(
        [
          'Press briefing by spokeswoman Vera Lind.',
          'MS. LIND: The ferry line to the islands reopens on Monday morning.',
          'Q: Will the ferry run every day?',
          'MS. LIND: Every day except Sunday, weather permitting.',
        ],
        { id: 't1', date: '2024-07-01' },
      ),
    ]);
    const answer = answerWhoSaid(briefing, 'Lind');
    expect(answer.kind === 'speaker-quotes' && answer.quotes.map((one) => [one.quote.text, one.quote.direct])).toEqual([
      ['The ferry line to the islands reopens on Monday morning.', true],
      ['Every day except Sunday, weather permitting.', true],
    ]);
  });
});

describe('answerWhoSaid, a name the reports write in full', () => {
  it('reads words the reports write as one name as the name, not as a name and a topic', () => {
    const index = buildQuoteCorpus([
      buildQuoteReport(['“Ports stay shut,” Ghani said.'], { id: 'g1', date: '2024-08-01' }),
      buildQuoteReport(['Envoys met President Ashraf Ghani on Friday.'], { id: 'g2', date: '2024-08-02' }),
    ]);
    const answer = answerWhoSaid(index, 'Ashraf Ghani');
    expect(answer.kind === 'speaker-quotes' && [answer.speaker.name, answer.topic, quotedWords(answer)]).toEqual([
      'Ghani',
      [],
      ['Ports stay shut'],
    ]);
  });
});

describe('answerWhoSaid, namesakes with few quotes', () => {
  it('lists in full only namesakes with a quarter of the first one’s quotes, and names the others', () => {
    const index = buildQuoteCorpus([
      buildQuoteReport(
        [
          '“Ports open,” Lena Hart said.',
          '“Ships wait,” Lena Hart said.',
          '“Cranes work,” Lena Hart said.',
          '“Grain moves,” Lena Hart said.',
          '“Fuel arrives,” Lena Hart said.',
          '“Talks stall,” Paul Hart said.',
        ],
        { id: 'h1', date: '2024-09-01' },
      ),
    ]);
    const answer = answerWhoSaid(index, 'Hart');
    expect(answer.kind === 'speaker-quotes' && [answer.speaker.name, answer.namesakes]).toEqual([
      'Lena Hart',
      [{ name: 'Paul Hart', quoteCount: 1 }],
    ]);
  });
});
