import { describe, expect, it } from 'vitest';
import type { Answer, SpeakerQuotesAnswer } from '../../../src/answer/answer.js';
import { answerSaidAbout } from '../../../src/answer/answer-said-about.js';
import { readQuestionFilters } from '../../../src/answer/read-question-filters.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { renderQuotesBlocks } from '../../../src/render/blocks/render-quotes-blocks.js';
import { renderAnswerText } from '../../../src/render/text/render-answer-text.js';
import { buildTestFigure } from '../../support/build-figure-report.js';
import { buildQuoteCorpus, buildQuoteReport } from '../../support/build-quote-report.js';

const A = buildQuoteReport(
  [
    'Defence Minister Anna Kowalczyk said 300 soldiers were killed at the dam.',
    '“The harvest will be late this year,” Kowalczyk said.',
    '“The dam will hold, and the harvest will be saved,” Kowalczyk said.',
    '“We will rebuild the dam,” Kowalczyk told reporters.',
  ],
  { id: 'a', date: '2024-05-02', title: 'Dam holds' },
);
const B = buildQuoteReport(['The Interior Ministry said 40 civilians were wounded in Port Avel.'], {
  id: 'b',
  date: '2024-05-03',
  title: 'Port Avel',
});

function buildIndex(): CorpusIndex {
  return buildQuoteCorpus(
    [A, B],
    [
      buildTestFigure(A, 0, '300', { value: 300, claimant: 'Defence Minister Anna Kowalczyk' }),
      buildTestFigure(B, 0, '40', { value: 40, category: 'wounded', claimant: 'The Interior Ministry' }),
    ],
  );
}

/** What an answer holds, in order: figure texts, or quote sentences. */
function summarise(answer: Answer): unknown {
  switch (answer.kind) {
    case 'figures':
      return {
        kind: answer.kind,
        filter: answer.filter,
        rows: answer.primary.flatMap((g) => g.rows.map((r) => r.figure.text)),
      };
    case 'speaker-quotes':
      return {
        kind: answer.kind,
        query: answer.query,
        about: answer.about,
        quotes: answer.quotes.map((row) => row.citation.sentence),
      };
    case 'no-match':
      return { kind: answer.kind, query: answer.query, terms: answer.terms };
    default:
      return answer.kind;
  }
}

function ask(who: string, about: string): unknown {
  const filters = { ...readQuestionFilters(about), claimant: who.toLowerCase(), about };
  return summarise(answerSaidAbout(buildIndex(), who, filters));
}

describe('answerSaidAbout', () => {
  it('says what the quotes were narrowed to, in the text and the Block Kit renderings alike', () => {
    const filters = { ...readQuestionFilters('the harvest'), claimant: 'kowalczyk', about: 'the harvest' };
    const answer = answerSaidAbout(buildIndex(), 'Kowalczyk', filters);
    // The count line (issue 11's "answers sized for a person") carries it in both renderings.
    expect(renderAnswerText(answer).split('\n').slice(0, 2)).toEqual([
      'Quotes by Anna\u00a0Kowalczyk (Defence\u00a0Minister)',
      '2 direct quotes · 0 statements the reports paraphrase · in 1 report · about “the harvest”',
    ]);
    expect(JSON.stringify(renderQuotesBlocks(answer as SpeakerQuotesAnswer))).toContain(
      '2 direct quotes · 0 statements the reports paraphrase · in 1 report · about “the harvest”',
    );
  });

  it('answers a question about casualties with the figures the person claims', () => {
    expect(ask('Kowalczyk', 'casualties')).toEqual({
      kind: 'figures',
      filter: 'according to kowalczyk',
      rows: ['300'],
    });
  });

  it('answers an office with figures but no quotes with its figures', () => {
    expect(ask('Interior Ministry', 'the wounded')).toEqual({
      kind: 'figures',
      filter: 'wounded according to interior ministry',
      rows: ['40'],
    });
  });

  it('keeps only the quotes about the topic, those holding more of its words first', () => {
    expect(ask('Kowalczyk', 'the dam and the harvest')).toEqual({
      kind: 'speaker-quotes',
      query: 'Kowalczyk about the dam and the harvest',
      about: 'the dam and the harvest',
      quotes: [
        '“The dam will hold, and the harvest will be saved,” Kowalczyk said.',
        '“The harvest will be late this year,” Kowalczyk said.',
        '“We will rebuild the dam,” Kowalczyk told reporters.',
      ],
    });
  });

  it('says no match, naming the person and the words, when nothing they said is about the topic', () => {
    expect(ask('Kowalczyk', 'elections')).toEqual({
      kind: 'no-match',
      query: 'Kowalczyk about elections',
      terms: ['Kowalczyk', 'elections'],
    });
  });
});
