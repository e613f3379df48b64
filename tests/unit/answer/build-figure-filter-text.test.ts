import { describe, expect, it } from 'vitest';
import { buildFigureFilterText } from '../../../src/answer/build-figure-filter-text.js';
import { readQuestionFilters } from '../../../src/answer/read-question-filters.js';

describe('buildFigureFilterText', () => {
  it('writes every filter in the order parseFigureFilter reads it back', () => {
    expect(
      buildFigureFilterText({
        kind: 'casualties',
        categories: ['killed', 'wounded'],
        sides: ['veldish'],
        claimant: 'interior ministry',
        places: ['port avel', 'dunmore'],
        dates: ['since july 20'],
        numbers: ['1,200'],
        topics: ['dam', 'collapse'],
        about: null,
        isYesNo: false,
      }),
    ).toBe(
      'killed wounded since july 20 1,200 veldish about dam collapse in port avel in dunmore according to interior ministry',
    );
  });

  it('writes an empty filter for a question that names nothing', () => {
    expect(buildFigureFilterText(readQuestionFilters('how many were killed?'))).toBe('killed');
  });
});
