import { describe, expect, it } from 'vitest';
import type { Excerpt, FigureFacts } from '../../../src/answer/answer.js';
import { buildDigest } from '../../../src/answer/build-digest.js';
import type { Digest } from '../../../src/answer/digest.js';
import type { Block, Report } from '../../../src/corpus/report.js';
import type { Figure } from '../../../src/extract/figures/figure.js';
import type { Speaker } from '../../../src/extract/people/build-speaker-directory.js';
import type { Quote } from '../../../src/extract/quotes/quote.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';

// Each paragraph is one sentence, so the index splits them the same way whatever the splitter's rules.
const OLD = report('old', 'Kursk losses mount', '2024-11-20', [
  'Volodymyr Zelensky said 1,000 North Korean soldiers were killed or wounded.',
  '"We will hold the line," Zelensky said.',
]);
const NEW = report('new', 'Losses triple in Kursk', '2024-12-23', [
  'Ukrainian President Volodymyr Zelensky said over 3,000 North Korean soldiers were killed or wounded.',
  '"They are sent to die," Zelensky said.',
  'Seoul estimates 11,000 North Korean troops were deployed.',
]);
const ZELENSKY: Speaker = {
  key: 'zelensky',
  name: 'Volodymyr Zelensky',
  role: 'Ukrainian President',
  spellings: ['Volodymyr Zelensky', 'Zelensky'],
  quoteCount: 2,
};

describe('buildDigest', () => {
  it('leaves a figure about another event out of what changed', () => {
    const outside = { isOutsideStory: true, outsideReason: 'names 2005, 19 years before the report' };
    const index = withFacts([OLD], (i) => ({
      figures: [figure(i, OLD, '1,000', { claimant: 'Volodymyr Zelensky', date: '2024-11-20', ...outside })],
      quotes: [],
    }));
    expect(buildDigest(index, { date: '2024-11-21', baseline: null }).figures).toEqual([]);
  });

  it('lists every report, figure and quote as new in a first digest, with the corpus totals', () => {
    const index = withFacts([OLD], (i) => ({
      figures: [figure(i, OLD, '1,000', { claimant: 'Volodymyr Zelensky', date: '2024-11-20' })],
      quotes: [quote(i, OLD, 'We will hold the line,')],
    }));
    expect(buildDigest(index, { date: '2024-11-21', baseline: null })).toEqual<Digest>({
      kind: 'digest',
      date: '2024-11-21',
      since: null,
      isEmpty: false,
      reports: [
        {
          status: 'new',
          file: 'old.txt',
          title: 'Kursk losses mount',
          outlet: 'The Example Post',
          date: '2024-11-20',
          url: null,
          lead: excerpt(OLD, 'Volodymyr Zelensky said 1,000 North Korean soldiers were killed or wounded.', null),
        },
      ],
      removed: [],
      figures: [
        {
          kind: 'casualties',
          category: 'killed_or_wounded',
          subject: 'north_korean',
          subjectLabel: 'North Korean',
          claimant: 'Volodymyr Zelensky',
          figures: [
            {
              ...excerpt(OLD, 'Volodymyr Zelensky said 1,000 North Korean soldiers were killed or wounded.', '1,000'),
              figure: facts('1,000', { claimant: 'Volodymyr Zelensky', date: '2024-11-20' }),
              previous: null,
              alsoIn: [],
            },
          ],
        },
      ],
      quotes: [
        {
          speaker: 'Volodymyr Zelensky',
          role: 'Ukrainian President',
          quotes: [
            {
              ...excerpt(OLD, '"We will hold the line," Zelensky said.', 'We will hold the line,'),
              text: 'We will hold the line,',
              isCut: false,
              alsoIn: [],
            },
          ],
        },
      ],
      totals: { reports: 1, figures: 1, quotes: 1 },
      covers: { date: '2024-11-21', reports: { 'old.txt': 'hash-old' } },
    });
  });

  it('reports only what changed since the baseline, and what each new figure replaces', () => {
    const index = withFacts([OLD, NEW], (i) => ({
      figures: [
        figure(i, OLD, '1,000', { claimant: 'Volodymyr Zelensky', date: '2024-11-20' }),
        figure(i, NEW, 'over 3,000', {
          claimant: 'Ukrainian President Volodymyr Zelensky',
          date: '2024-12-23',
          value: 3000,
          bound: 'lower',
        }),
        figure(i, NEW, '11,000', { claimant: 'Seoul', category: 'deployed', kind: 'troops', date: '2024-12-23' }),
      ],
      quotes: [quote(i, OLD, 'We will hold the line,'), quote(i, NEW, 'They are sent to die,')],
    }));
    const digest = buildDigest(index, { date: '2024-12-24', baseline: { date: '2024-11-21', reports: COVERED_OLD } });
    expect(digest.reports.map((r) => [r.file, r.status])).toEqual([['new.txt', 'new']]);
    expect(digest.figures).toEqual([
      {
        kind: 'casualties',
        category: 'killed_or_wounded',
        subject: 'north_korean',
        subjectLabel: 'North Korean',
        claimant: 'Volodymyr Zelensky',
        figures: [
          {
            ...excerpt(NEW, NEW_FIGURE_SENTENCE, 'over 3,000'),
            figure: facts('over 3,000', {
              claimant: 'Ukrainian President Volodymyr Zelensky',
              date: '2024-12-23',
              value: 3000,
              bound: 'lower',
            }),
            previous: {
              ...excerpt(OLD, 'Volodymyr Zelensky said 1,000 North Korean soldiers were killed or wounded.', '1,000'),
              figure: facts('1,000', { claimant: 'Volodymyr Zelensky', date: '2024-11-20' }),
              change: 'up',
            },
            alsoIn: [],
          },
        ],
      },
      {
        kind: 'troops',
        category: 'deployed',
        subject: 'north_korean',
        subjectLabel: 'North Korean',
        claimant: 'Seoul',
        figures: [
          {
            ...excerpt(NEW, 'Seoul estimates 11,000 North Korean troops were deployed.', '11,000'),
            figure: facts('11,000', { claimant: 'Seoul', category: 'deployed', date: '2024-12-23' }),
            previous: null,
            alsoIn: [],
          },
        ],
      },
    ]);
    expect(digest.quotes.map((group) => group.quotes.map((q) => q.text))).toEqual([['They are sent to die,']]);
    expect(digest.totals).toEqual({ reports: 2, figures: 3, quotes: 2 });
  });

  it.each([
    { label: 'a lower earlier amount', oldText: '1,000', oldValue: 1000, change: 'up' },
    { label: 'a higher earlier amount', oldText: '5,000', oldValue: 5000, change: 'down' },
    { label: 'a vague earlier amount', oldText: 'hundreds', oldValue: null, change: 'was' },
    { label: 'the same amount with another bound', oldText: 'about 3,000', oldValue: 3000, change: 'was' },
  ] as const)('compares a new figure with $label as "$change"', ({ oldText, oldValue, change }) => {
    const old = report('old', 'Old', '2024-11-20', [`Volodymyr Zelensky counted ${oldText} killed or wounded.`]);
    const index = withFacts([old, NEW], (i) => ({
      figures: [
        figure(i, old, oldText, { claimant: 'Zelensky', date: '2024-11-20', value: oldValue }),
        figure(i, NEW, 'over 3,000', { claimant: 'Volodymyr Zelensky', date: '2024-12-23', value: 3000 }),
      ],
      quotes: [],
    }));
    const digest = buildDigest(index, { date: '2024-12-24', baseline: { date: '2024-11-21', reports: COVERED_OLD } });
    expect(digest.figures.flatMap((g) => g.figures.map((f) => [f.figure.text, f.previous?.change]))).toEqual([
      ['over 3,000', change],
    ]);
  });

  it('leaves out a figure a covered report already carries, and folds restatements into alsoIn', () => {
    const again = report('again', 'Same again', '2024-12-22', [
      'Volodymyr Zelensky said over 3,000 North Korean soldiers were killed or wounded.',
      'Zelensky repeated that 1,000 were killed or wounded.',
    ]);
    const index = withFacts([OLD, NEW, again], (i) => ({
      figures: [
        figure(i, OLD, '1,000', { claimant: 'Zelensky', date: '2024-11-20' }),
        figure(i, again, '1,000', { claimant: 'Zelensky', date: '2024-12-22' }),
        figure(i, again, 'over 3,000', { claimant: 'Volodymyr Zelensky', date: '2024-12-22', value: 3000 }),
        figure(i, NEW, 'over 3,000', { claimant: 'Volodymyr Zelensky', date: '2024-12-23', value: 3000 }),
      ],
      quotes: [],
    }));
    const digest = buildDigest(index, { date: '2024-12-24', baseline: { date: '2024-11-21', reports: COVERED_OLD } });
    const [row] = digest.figures.flatMap((group) => group.figures);
    expect(digest.figures.flatMap((group) => group.figures).length).toBe(1);
    expect(row?.citation.file).toBe('new.txt');
    expect(row?.alsoIn.map((e) => e.citation.sentence)).toEqual([
      'Volodymyr Zelensky said over 3,000 North Korean soldiers were killed or wounded.',
    ]);
    expect(row?.previous?.citation.file).toBe('again.txt');
  });

  it('marks a changed report, lists a removed file and puts new reports first, newest first', () => {
    const later = report('later', 'Later', '2024-12-25', ['Nothing else happened.']);
    const undated = report('undated', 'Undated', null, ['No date here.']);
    const index = withFacts([{ ...OLD, hash: 'hash-old-2' }, NEW, later, undated], () => ({ figures: [], quotes: [] }));
    const baseline = { date: '2024-11-21', reports: { ...COVERED_OLD, 'gone.txt': 'hash-gone' } };
    const digest = buildDigest(index, { date: '2024-12-26', baseline });
    expect(digest.reports.map((r) => [r.file, r.status])).toEqual([
      ['later.txt', 'new'],
      ['new.txt', 'new'],
      ['undated.txt', 'new'],
      ['old.txt', 'changed'],
    ]);
    expect(digest.removed).toEqual(['gone.txt']);
    expect(digest.covers.reports).toEqual({
      'later.txt': 'hash-later',
      'new.txt': 'hash-new',
      'old.txt': 'hash-old-2',
      'undated.txt': 'hash-undated',
    });
  });

  it('is empty when nothing was added, changed or removed', () => {
    const index = withFacts([OLD], () => ({ figures: [], quotes: [] }));
    const digest = buildDigest(index, { date: '2024-12-24', baseline: { date: '2024-11-21', reports: COVERED_OLD } });
    expect(digest).toEqual<Digest>({
      kind: 'digest',
      date: '2024-12-24',
      since: '2024-11-21',
      isEmpty: true,
      reports: [],
      removed: [],
      figures: [],
      quotes: [],
      totals: { reports: 1, figures: 0, quotes: 0 },
      covers: { date: '2024-12-24', reports: COVERED_OLD },
    });
  });

  it('groups quotes by speaker, unnamed speakers last, and leaves out reported speech', () => {
    const index = withFacts([NEW], (i) => ({
      figures: [],
      quotes: [
        quote(i, NEW, 'They are sent to die,', { speaker: null, speakerAsWritten: null }),
        quote(i, NEW, 'Seoul estimates 11,000 North Korean troops were deployed.', { direct: false, speaker: 'Seoul' }),
      ],
    }));
    const digest = buildDigest(index, { date: '2024-12-24', baseline: null });
    expect(digest.quotes.map((group) => [group.speaker, group.quotes.map((q) => q.text)])).toEqual([
      [null, ['They are sent to die,']],
    ]);
    expect(digest.totals.quotes).toBe(1);
  });

  it('orders figure groups by category, then subject, then claimant with an unstated claimant last', () => {
    const index = withFacts([NEW], (i) => ({
      figures: [
        figure(i, NEW, '3,000', { claimant: null, category: 'deployed', kind: 'troops' }),
        figure(i, NEW, 'over 3,000', { claimant: 'Zelensky', subject: 'russian' }),
        figure(i, NEW, '11,000', { claimant: 'Seoul', category: 'deployed', kind: 'troops' }),
        figure(i, NEW, 'over 3,000', { claimant: 'Zelensky', category: 'killed' }),
      ],
      quotes: [],
    }));
    const digest = buildDigest(index, { date: '2024-12-24', baseline: null });
    expect(digest.figures.map((g) => [g.category, g.subject, g.claimant])).toEqual([
      ['killed', 'north_korean', 'Volodymyr Zelensky'],
      ['killed_or_wounded', 'russian', 'Volodymyr Zelensky'],
      ['deployed', 'north_korean', 'Seoul'],
      ['deployed', 'north_korean', null],
    ]);
  });
});

const COVERED_OLD = { 'old.txt': 'hash-old' };
const NEW_FIGURE_SENTENCE =
  'Ukrainian President Volodymyr Zelensky said over 3,000 North Korean soldiers were killed or wounded.';

function report(id: string, title: string, date: string | null, paragraphs: readonly string[]): Report {
  let text = `${title}\n\n`;
  const blocks: Block[] = [{ kind: 'title', start: 0, end: title.length }];
  for (const paragraph of paragraphs) {
    blocks.push({ kind: 'body', start: text.length, end: text.length + paragraph.length });
    text += `${paragraph}\n\n`;
  }
  return {
    id,
    file: `${id}.txt`,
    title,
    date,
    outlet: 'The Example Post',
    url: null,
    text,
    blocks,
    bytes: text.length,
    hash: `hash-${id}`,
  };
}

/** Indexes the reports, then sets hand-built facts (the extractors are tested on their own). */
function withFacts(
  reports: readonly Report[],
  build: (index: CorpusIndex) => { figures: Figure[]; quotes: Quote[] },
): CorpusIndex {
  const index = buildCorpusIndex(reports);
  const { figures, quotes } = build(index);
  const speakerOfQuote = new Map(quotes.filter((q) => q.speaker?.includes('Zelensky')).map((q) => [q.id, 'zelensky']));
  return { ...index, figures, quotes, speakers: { speakers: [ZELENSKY], speakerOfQuote } };
}

function sentenceAround(index: CorpusIndex, source: Report, start: number) {
  const sentence = index.sentences.find((s) => s.reportId === source.id && s.start <= start && start < s.end);
  if (!sentence) throw new Error(`No sentence at ${start} in ${source.id}`);
  return sentence;
}

function figure(index: CorpusIndex, source: Report, text: string, fields: Partial<Figure>): Figure {
  const start = source.text.indexOf(text);
  const sentence = sentenceAround(index, source, start);
  return {
    id: `${sentence.id}@${start}`,
    reportId: source.id,
    sentenceId: sentence.id,
    kind: 'casualties',
    start,
    end: start + text.length,
    text,
    value: Number(text.replace(/\D/g, '')) || null,
    valueMax: null,
    qualifier: null,
    bound: 'exact',
    category: 'killed_or_wounded',
    subject: 'north_korean',
    claimant: null,
    attribution: null,
    claimantContext: null,
    date: null,
    dateText: null,
    period: null,
    isRate: false,
    isPart: false,
    ...fields,
  };
}

function facts(text: string, fields: Partial<FigureFacts>): FigureFacts {
  return {
    text,
    value: Number(text.replace(/\D/g, '')) || null,
    valueMax: null,
    qualifier: null,
    bound: 'exact',
    category: 'killed_or_wounded',
    subject: 'north_korean',
    population: null,
    claimant: null,
    attribution: null,
    claimantContext: null,
    date: null,
    dateText: null,
    period: null,
    isRate: false,
    ...fields,
  };
}

function quote(index: CorpusIndex, source: Report, words: string, fields: Partial<Quote> = {}): Quote {
  const start = source.text.indexOf(words);
  const sentence = sentenceAround(index, source, start);
  return {
    id: `${source.id}@${start}`,
    reportId: source.id,
    start,
    end: start + words.length,
    text: words,
    passageStart: sentence.start,
    passageEnd: sentence.end,
    sentenceIds: [sentence.id],
    speakerAsWritten: 'Zelensky',
    speaker: 'Volodymyr Zelensky',
    speakerRole: null,
    direct: true,
    isCut: false,
    ...fields,
  };
}

/** The expected excerpt of a sentence, located by its text; `mark` is located inside it. */
function excerpt(source: Report, sentence: string, mark: string | null): Excerpt {
  const start = source.text.indexOf(sentence);
  const at = mark === null ? -1 : sentence.indexOf(mark);
  return {
    citation: {
      file: source.file,
      start,
      end: start + sentence.length,
      sentence,
      title: source.title,
      date: source.date,
      outlet: source.outlet,
    },
    marks: mark === null ? [] : [{ start: at, end: at + mark.length }],
  };
}
