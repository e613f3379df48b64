import { describe, expect, it } from 'vitest';
import { type QuestionFilters, readQuestionFilters } from '../../../src/answer/read-question-filters.js';

const NONE: QuestionFilters = {
  kind: null,
  categories: [],
  sides: [],
  claimant: null,
  places: [],
  dates: [],
  numbers: [],
  topics: [],
  about: null,
  isYesNo: false,
};

describe('readQuestionFilters', () => {
  it.each<[string, Partial<QuestionFilters>]>([
    ['how many Veldish soldiers were killed?', { sides: ['veldish'] }],
    ['how many Puerto Ricans died?', { sides: ['puerto ricans'] }],
    ['how many puerto ricans died?', { sides: ['puerto ricans'] }],
    ['how many syrians died?', { sides: ['syrians'] }],
    ["what are Brenland's losses?", { sides: ['brenland'], categories: [] }],
  ])('reads whose losses in %j', (question, expected) => {
    expect(readQuestionFilters(question)).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ['how many were killed according to the Interior Ministry?', 'interior ministry'],
    ['how many were killed, according to Velling, in Port Avel?', 'velling'],
    ['how many were killed according to Velling since July 20?', 'velling'],
    ['how many people did the Red Cross say were killed?', 'red cross'],
    ['how many soldiers did Velling claim were wounded?', 'velling'],
    ['Mara Velling claimed how many were killed?', 'mara velling'],
  ])('reads the claimant of %j', (question, claimant) => {
    expect(readQuestionFilters(question).claimant).toBe(claimant);
  });

  it('reads no claimant from a question word before a verb', () => {
    expect(readQuestionFilters('Who claimed 300 were killed?').claimant).toBeNull();
  });

  it('keeps the doer of a yes/no question out of the filters', () => {
    expect(readQuestionFilters('has Brenland captured any Veldish soldiers?')).toEqual({
      ...NONE,
      kind: 'casualties',
      categories: ['captured'],
      sides: ['veldish'],
      isYesNo: true,
    });
  });

  it('reads whose troops from who sent them', () => {
    expect(readQuestionFilters('how many soldiers did Ostrava send?').sides).toEqual(['ostrava']);
  });

  it('reads places, dates, amounts and topic words, and drops the words that only frame the question', () => {
    expect(
      readQuestionFilters(
        'How many people were killed in the dam collapse in Port Avel in September, and who says so?',
      ),
    ).toEqual({
      ...NONE,
      kind: 'casualties',
      categories: ['killed'],
      places: ['port avel'],
      dates: ['in september'],
      topics: ['dam', 'collapse'],
    });
    expect(readQuestionFilters('was the 1,200 figure for the wounded since 2024-03-01 in aleppo?')).toEqual({
      ...NONE,
      kind: 'casualties',
      categories: ['wounded'],
      places: ['aleppo'],
      dates: ['since 2024-03-01'],
      numbers: ['1,200'],
      isYesNo: true,
    });
  });

  it('keeps a question that asks for no figures free of figure filters', () => {
    expect(readQuestionFilters('storm shadow missiles near the bridge')).toEqual({
      ...NONE,
      topics: ['storm', 'shadow', 'missiles', 'near', 'bridge'],
    });
  });
});
