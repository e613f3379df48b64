import { describe, expect, it } from 'vitest';
import {
  checkExpectations,
  DevQuestionSchema,
  DevSetSchema,
  mergeDevSetParts,
} from '../../../bench/check-expectations.js';
import type { Answer, Citation, FigureRow } from '../../../src/answer/answer.js';

function citation(file: string, sentence: string): Citation {
  return { file, start: 0, end: sentence.length, sentence, title: null, date: null, outlet: null };
}

function row(file: string, sentence: string, category: 'killed' | 'wounded', claimant: string | null): FigureRow {
  return {
    citation: citation(file, sentence),
    marks: [],
    figure: {
      text: '22',
      value: 22,
      valueMax: null,
      qualifier: null,
      bound: 'exact',
      category,
      subject: 'unknown',
      claimant,
      attribution: null,
      claimantContext: null,
      date: null,
      dateText: null,
      period: null,
      isRate: false,
    },
    alsoIn: [],
    reportCount: 1,
  };
}

const FIGURES: Answer = {
  command: 'casualties',
  kind: 'figures',
  filter: '',
  figureCount: 2,
  reportCount: 2,
  primary: [],
  others: [
    {
      category: 'killed',
      subject: 'unknown',
      subjectLabel: 'side not stated',
      rows: [row('arena.txt', 'The blast killed 22 people, police said.', 'killed', 'police')],
      spread: null,
    },
    {
      category: 'killed',
      subject: 'french',
      subjectLabel: 'French',
      rows: [row('history.txt', 'The Paris attacks in 2015 left 137 dead.', 'killed', null)],
      spread: null,
    },
  ],
};

describe('checkExpectations', () => {
  it('passes when every must-cite is cited with its labels and no must-not-cite is', () => {
    const question = DevQuestionSchema.parse({
      id: 'q1',
      ask: '/casualties',
      mustCite: [
        {
          report: 'arena',
          text: 'killed 22 people',
          labels: { side: 'Side not stated', category: 'killed', claimant: 'Police' },
        },
      ],
      mustNotCite: [{ report: 'arena', text: 'injured' }],
    });
    expect(checkExpectations(FIGURES, question)).toEqual({
      pass: true,
      reasons: [],
      labels: {
        side: { right: 1, total: 1 },
        category: { right: 1, total: 1 },
        claimant: { right: 1, total: 1 },
        speaker: { right: 0, total: 0 },
      },
    });
  });

  it('fails with one reason per broken expectation, in expectation order', () => {
    const question = DevQuestionSchema.parse({
      id: 'q2',
      ask: '/casualties',
      mustCite: [
        { report: 'arena', text: 'killed 22 people', labels: { category: 'wounded', claimant: null } },
        { report: 'arena', text: '59 injured' },
        { report: 'history', text: '137 dead', labels: { side: 'french' } },
      ],
      mustNotCite: [{ report: 'history', text: 'The Paris attacks' }],
    });
    expect(checkExpectations(FIGURES, question)).toEqual({
      pass: false,
      reasons: [
        'category of arena: "killed 22 people": want wounded, got "killed"',
        'claimant of arena: "killed 22 people": want unattributed, got "police"',
        'missing arena: "59 injured"',
        'cites history: "The Paris attacks"',
      ],
      labels: {
        side: { right: 1, total: 1 },
        category: { right: 0, total: 1 },
        claimant: { right: 0, total: 1 },
        speaker: { right: 0, total: 0 },
      },
    });
  });

  it('matches the report by file name without extension, and the text across spaces and curly quotes', () => {
    const answer: Answer = {
      command: 'who-said',
      kind: 'phrase-quotes',
      query: 'easy way',
      match: 'exact',
      quotes: [
        {
          citation: citation('kursk/006-trump.txt', '\u201CWe can do it the easy way,\u201D  he said.'),
          marks: [],
          quote: {
            text: 'We can do it the easy way',
            speaker: 'Trump',
            direct: true,
            match: 'exact',
            isCut: false,
            differingWords: [],
          },
        },
      ],
    };
    const cites = (report: string, text: string) =>
      checkExpectations(answer, DevQuestionSchema.parse({ id: 'q', ask: 'x', mustCite: [{ report, text }] })).pass;
    expect(cites('006-trump', '"We can do it the easy way," he said')).toBe(true);
    expect(cites('006', 'We can do it')).toBe(false);
    expect(cites('006-trump', 'the hard way')).toBe(false);
  });

  it('narrows a key to the figure rows whose amount contains its figure text', () => {
    const sentence = { report: 'arena', text: 'killed 22 people' };
    const check = (mustNotCite: object[]) =>
      checkExpectations(FIGURES, DevQuestionSchema.parse({ id: 'q', ask: '/casualties', mustNotCite })).reasons;
    expect(check([{ ...sentence, figure: '116' }])).toEqual([]);
    expect(check([{ ...sentence, figure: '22' }])).toEqual(['cites arena: "killed 22 people" (figure "22")']);
    expect(check([sentence])).toEqual(['cites arena: "killed 22 people"']);
  });

  it('says a figure label is wrong when the sentence is cited outside a figure row', () => {
    const answer: Answer = {
      command: 'reports',
      kind: 'results',
      query: 'blast',
      terms: ['blast'],
      skippedTerms: [],
      total: 1,
      offset: 0,
      results: [{ citation: citation('arena.txt', 'The blast killed 22 people, police said.'), marks: [], score: 1 }],
      nextCursor: null,
    };
    const question = DevQuestionSchema.parse({
      id: 'q3',
      ask: '/reports blast',
      mustCite: [{ report: 'arena', text: 'The blast', labels: { category: 'killed' } }],
    });
    expect(checkExpectations(answer, question).reasons).toEqual([
      'category of arena: "The blast": want killed, got no figure row',
    ]);
  });
});

describe('checkExpectations on quotes, kinds and words', () => {
  const quoteRow = (speaker: string | null) => ({
    citation: citation('brief.txt', '"We are watching," Kirby said.'),
    marks: [],
    quote: { text: 'We are watching,', speaker, direct: true, match: null, isCut: false, differingWords: [] },
  });
  const answer = (speaker: string | null): Answer => ({
    command: 'who-said',
    kind: 'speaker-quotes',
    query: 'Kirby',
    speaker: { name: 'John Kirby', role: null, spellings: ['John Kirby'] },
    quotes: [quoteRow(speaker)],
    paraphrases: [],
  });
  const question = DevQuestionSchema.parse({
    id: 'w1',
    ask: '/who-said Kirby',
    kind: 'speaker-quotes',
    mustCite: [{ report: 'brief', text: 'We are watching', labels: { speaker: 'Kirby' } }],
    mustSay: ['1 quote'],
    mustNotSay: ['exact match'],
  });

  it('passes on the right speaker, kind and words, and tallies the speaker label', () => {
    const verdict = checkExpectations(answer('John Kirby'), question, 'John Kirby: 1 quote');
    expect(verdict.reasons).toEqual([]);
    expect(verdict.labels.speaker).toEqual({ right: 1, total: 1 });
  });

  it('names each wrong speaker, kind and missing or forbidden word', () => {
    const wrong = { ...answer(null), kind: 'phrase-quotes', match: 'exact' } as unknown as Answer;
    expect(checkExpectations(wrong, question, 'an exact match').reasons).toEqual([
      'kind: want speaker-quotes, got phrase-quotes',
      'speaker of brief: "We are watching": want "Kirby", got "not identified"',
      'does not say "1 quote"',
      'says "exact match"',
    ]);
    expect(checkExpectations(answer(null), question, '1 quote').reasons).toEqual([
      'speaker of brief: "We are watching": want "Kirby", got "not identified"',
    ]);
  });

  it('refuses a question that expects nothing', () => {
    expect(DevQuestionSchema.safeParse({ id: 'q', ask: '/troops' }).success).toBe(false);
    expect(DevQuestionSchema.safeParse({ id: 'q', ask: '/troops', kind: 'figures' }).success).toBe(true);
  });
});

describe('mergeDevSetParts', () => {
  const q = (id: string) => ({ id, ask: '/troops', kind: 'figures' });
  it('joins one story across parts: articles once each, questions in file order', () => {
    const merged = mergeDevSetParts([
      {
        stories: [{ id: 'a', settingsFile: 'seeds/verbatim.yml', articles: [{ allsides: 'x' }], questions: [q('1')] }],
      },
      { stories: [{ id: 'a', articles: [{ allsides: 'x' }, { allsides: 'y' }], questions: [q('2')] }] },
      { stories: [{ id: 'b', articles: [{ allsides: 'z' }], questions: [q('3')] }] },
    ]);
    expect(merged.stories.map((s) => [s.id, s.settingsFile, s.articles, s.questions.map((x) => x.id)])).toEqual([
      ['a', 'seeds/verbatim.yml', [{ allsides: 'x' }, { allsides: 'y' }], ['1', '2']],
      ['b', undefined, [{ allsides: 'z' }], ['3']],
    ]);
  });

  it('refuses settings given twice and a story left without articles', () => {
    const part = { stories: [{ id: 'a', settings: 'x: 1', articles: [{ allsides: 'x' }], questions: [q('1')] }] };
    expect(() => mergeDevSetParts([part, part])).toThrow('story a: settings given in two dev-set files');
    expect(() => mergeDevSetParts([{ stories: [{ id: 'a', questions: [q('1')] }] }])).toThrow();
  });
});

describe('DevSetSchema', () => {
  it('refuses a story without questions and an unknown field', () => {
    const story = { id: 'a', articles: [{ allsides: 'x' }], questions: [] };
    expect(DevSetSchema.safeParse({ stories: [story] }).success).toBe(false);
    const question = { id: 'q', ask: '/troops', mustCite: [{ report: 'a', text: 'b' }], offsets: [1, 2] };
    expect(DevSetSchema.safeParse({ stories: [{ ...story, questions: [question] }] }).success).toBe(false);
  });

  it("takes a story's settings as text or as a repository file, not both", () => {
    const story = {
      id: 'a',
      articles: [{ allsides: 'x' }],
      questions: [{ id: 'q', ask: '/troops', mustNotCite: [{ report: 'a', text: 'b' }] }],
    };
    const parses = (extra: object) => DevSetSchema.safeParse({ stories: [{ ...story, ...extra }] }).success;
    expect(parses({ settings: 'followed_sides: [Yemeni]\n' })).toBe(true);
    expect(parses({ settingsFile: 'seeds/verbatim.yml' })).toBe(true);
    expect(parses({ settingsFile: '../shared/verbatim.yml' })).toBe(false);
    expect(parses({ settings: 'followed_sides: [Yemeni]\n', settingsFile: 'seeds/verbatim.yml' })).toBe(false);
  });

  it('refuses a question that expects nothing', () => {
    expect(DevQuestionSchema.safeParse({ id: 'q', ask: '/troops' }).success).toBe(false);
    expect(
      DevQuestionSchema.safeParse({ id: 'q', ask: '/troops', mustNotCite: [{ report: 'a', text: 'b' }] }).success,
    ).toBe(true);
  });
});

describe('checkExpectations on who-said namesakes and reports with several sentences', () => {
  it('finds a citation among the quotes of any of several speakers, and among a report’s extra sentences', () => {
    const quoted = (sentence: string, text: string, speaker: string) => ({
      citation: citation('brief.txt', sentence),
      marks: [],
      quote: { text, speaker, direct: true, match: null, isCut: false, differingWords: [] },
    });
    const several: Answer = {
      command: 'who-said',
      kind: 'several-speakers',
      query: 'Hart',
      speakers: ['Lena Hart', 'Paul Hart'].map((name) => ({
        speaker: { name, role: null, spellings: [name] },
        quotes: [quoted(`"Ports open," ${name} said.`, 'Ports open,', name)],
        paraphrases: [],
      })),
    };
    const question = DevQuestionSchema.parse({
      id: 'w9',
      ask: '/who-said Hart',
      mustCite: [{ report: 'brief', text: 'Paul Hart said', labels: { speaker: 'Paul Hart' } }],
    });
    expect(checkExpectations(several, question).reasons).toEqual([]);
    const results: Answer = {
      command: 'reports',
      kind: 'results',
      query: 'ferry',
      terms: ['ferry'],
      skippedTerms: [],
      total: 1,
      offset: 0,
      results: [
        {
          citation: citation('brief.txt', 'The ferry left.'),
          marks: [],
          score: 1,
          more: [{ citation: citation('brief.txt', 'A second ferry waited.'), marks: [] }],
        },
      ],
      nextCursor: null,
    };
    const second = DevQuestionSchema.parse({
      id: 'r9',
      ask: '/reports ferry',
      mustCite: [{ report: 'brief', text: 'A second ferry' }],
    });
    expect(checkExpectations(results, second).reasons).toEqual([]);
  });
});
