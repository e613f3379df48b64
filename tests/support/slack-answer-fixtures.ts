import type {
  Answer,
  Citation,
  Excerpt,
  FigureFacts,
  FigureRow,
  FiguresAnswer,
  QuoteRow,
  ResultsAnswer,
} from '../../src/answer/answer.js';

/** A citation of a hand-written sentence; offsets are as if the sentence started at `start`. */
export function makeCitation(sentence: string, overrides: Partial<Citation> = {}): Citation {
  const start = overrides.start ?? 100;
  return {
    file: 'field-notes.txt',
    start,
    end: start + sentence.length,
    sentence,
    title: 'Field Notes From the Front',
    date: '2025-01-05',
    outlet: 'Test Gazette',
    ...overrides,
  };
}

/** An excerpt marking the first occurrence of `marked` (or nothing). */
export function makeExcerpt(sentence: string, marked?: string, overrides: Partial<Citation> = {}): Excerpt {
  const at = marked === undefined ? -1 : sentence.indexOf(marked);
  return {
    citation: makeCitation(sentence, overrides),
    marks: at === -1 || marked === undefined ? [] : [{ start: at, end: at + marked.length }],
  };
}

export function makeFigureFacts(overrides: Partial<FigureFacts> = {}): FigureFacts {
  return {
    text: 'about 300',
    value: 300,
    valueMax: null,
    qualifier: 'about',
    bound: 'approximate',
    category: 'killed',
    subject: 'north_korean',
    claimant: 'a regional governor',
    attribution: null,
    claimantContext: null,
    date: '2025-01-04',
    dateText: 'January 4',
    period: null,
    isRate: false,
    ...overrides,
  };
}

export function makeFigureRow(sentence: string, figure: Partial<FigureFacts> = {}, alsoIn: Excerpt[] = []): FigureRow {
  const facts = makeFigureFacts(figure);
  return { ...makeExcerpt(sentence, facts.text), figure: facts, alsoIn, reportCount: 1 + alsoIn.length };
}

export function makeFiguresAnswer(rows: readonly FigureRow[], overrides: Partial<FiguresAnswer> = {}): FiguresAnswer {
  return {
    command: 'casualties',
    kind: 'figures',
    filter: '',
    figureCount: rows.length,
    reportCount: 1,
    primary:
      rows.length === 0
        ? []
        : [{ category: 'killed', subject: 'north_korean', subjectLabel: 'North Korean', rows, spread: null }],
    others: [],
    ...overrides,
  };
}

export function makeQuoteRow(sentence: string, quoted: string, overrides: Partial<QuoteRow['quote']> = {}): QuoteRow {
  return {
    ...makeExcerpt(sentence, quoted),
    quote: {
      text: quoted,
      speaker: 'Mira Olsen',
      direct: true,
      match: null,
      isCut: false,
      differingWords: [],
      ...overrides,
    },
  };
}

/** A `/reports` answer with `count` numbered results. */
export function makeResultsAnswer(count: number, overrides: Partial<ResultsAnswer> = {}): ResultsAnswer {
  return {
    command: 'reports',
    kind: 'results',
    query: 'ferry',
    terms: ['ferry'],
    skippedTerms: [],
    total: count,
    offset: 0,
    results: Array.from({ length: count }, (_, i) => ({
      ...makeExcerpt(`The ferry number ${i + 1} left the harbour.`, 'ferry', { start: i * 50 }),
      score: 10 - i / 100,
    })),
    nextCursor: null,
    ...overrides,
  };
}

/** One small answer of every kind, for checks that must hold for all of them. */
export function makeOneOfEachAnswer(): Answer[] {
  return [
    makeResultsAnswer(2),
    {
      command: 'reports',
      kind: 'no-match',
      query: 'zeppelin',
      terms: ['zeppelin'],
      reportsSearched: 3,
      suggestions: ['zephyr'],
    },
    {
      command: 'sources',
      kind: 'sources',
      fingerprint: 'ab'.repeat(32),
      reports: [
        {
          file: 'a.txt',
          title: 'A Title',
          date: '2025-01-01',
          outlet: 'Outlet A',
          url: 'https://a.example/x',
          bytes: 900,
          sentences: 7,
        },
      ],
    },
    {
      command: 'help',
      kind: 'help',
      entries: [{ usage: '/reports <words>', description: 'Search.', example: '/reports ferry' }],
    },
    { command: 'reports', kind: 'usage', message: 'Say what to search for', usage: '/reports <words>' },
    makeFiguresAnswer([makeFigureRow('Officials said about 300 soldiers were killed.')]),
    {
      command: 'who-said',
      kind: 'speaker-quotes',
      query: 'olsen',
      speaker: { name: 'Mira Olsen', role: 'spokeswoman', spellings: ['Mira Olsen', 'Olsen'] },
      quotes: [makeQuoteRow('"We hold the line," Olsen said.', 'We hold the line,')],
      paraphrases: [makeQuoteRow('Olsen said the line held.', 'the line held', { direct: false })],
    },
    {
      command: 'who-said',
      kind: 'phrase-quotes',
      query: 'hold the line',
      match: 'exact',
      quotes: [makeQuoteRow('"We hold the line," Olsen said.', 'We hold the line,')],
    },
    {
      command: 'who-said',
      kind: 'not-quoted',
      query: 'ferry',
      mentions: [makeExcerpt('The ferry left at noon.', 'ferry')],
    },
  ];
}
