import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { buildSpeakerDirectory } from '../../../src/extract/people/build-speaker-directory.js';
import { assembleCorpusIndex } from '../../../src/index/assemble-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { buildSentenceIndex } from '../../../src/search/sentence-index.js';
import { buildFigureReport, buildTestFigure } from '../../support/build-figure-report.js';

const A = buildFigureReport({
  id: 'a',
  date: '2024-06-10',
  title: 'Flood at the dam',
  paragraphs: [
    ['The Interior Ministry said 40 Veldish soldiers were killed near the dam.'],
    ['Ostrava has sent 1,500 troops to the border, officials said.'],
    ['Mara Velling said 90 Veldish soldiers were wounded in Port Avel in May.'],
  ],
});

function buildIndex(): CorpusIndex {
  return assembleCorpusIndex({
    reports: [A.report],
    sentences: A.sentences,
    search: buildSentenceIndex([A.report], A.sentences),
    figures: [
      buildTestFigure(A, 0, '40', { value: 40, claimant: 'The Interior Ministry', date: '2024-06-10' }),
      buildTestFigure(A, 1, '1,500', { value: 1500, category: 'deployed', claimant: 'officials', date: '2024-06-10' }),
      buildTestFigure(A, 2, '90', { value: 90, category: 'wounded', claimant: 'Mara Velling', date: '2024-05-20' }),
    ],
    quotes: [],
    speakers: buildSpeakerDirectory([]),
    fingerprint: 'test',
  });
}

/** The command, filter and figure texts of a figures answer, or its kind. */
function summarise(answer: Answer): unknown {
  if (answer.kind !== 'figures') return answer.kind;
  const rows = [...answer.primary, ...answer.others].flatMap((group) => group.rows.map((row) => row.figure.text));
  return { command: answer.command, filter: answer.filter, rows };
}

describe('answerQuestion with a free question', () => {
  it.each<[string, unknown]>([
    ['who claimed 1,500?', { command: 'troops', filter: '1,500', rows: ['1,500'] }],
    ['what is the 40 figure about?', { command: 'casualties', filter: '40', rows: ['40'] }],
    ['who claimed 41?', 'no-match'],
    [
      'how many were killd according to the Interior Minstry?',
      { command: 'casualties', filter: 'killed according to interior minstry', rows: ['40'] },
    ],
    [
      'how many were wounded in Port Avel in May?',
      { command: 'casualties', filter: 'wounded in may in port avel', rows: ['90'] },
    ],
    ['how many were wounded in June?', 'no-match'],
    ['has Ostrava sent any troops?', { command: 'troops', filter: 'ostrava', rows: ['1,500'] }],
    [
      'what did the Interior Ministry say about the dead?',
      { command: 'casualties', filter: 'killed according to interior ministry', rows: ['40'] },
    ],
  ])('answers %j', (question, expected) => {
    expect(summarise(answerQuestion(parseQuestion(question), buildIndex()))).toEqual(expected);
  });
});
