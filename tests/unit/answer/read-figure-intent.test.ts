import { describe, expect, it } from 'vitest';
import { readFigureIntent } from '../../../src/answer/read-figure-intent.js';

describe('readFigureIntent', () => {
  it.each<[string, string[]]>([
    ['how many died', ['killed']],
    ['how many are dying', ['killed']],
    ['how many does the flood kill', ['killed']],
    ['killings in the valley', ['killed']],
    ['how many were kiled', ['killed']],
    ['how many were killd', ['killed']],
    ['how many deaths', ['killed']],
    ['the death toll', ['killed']],
    ['fatalities so far', ['killed']],
    ['how many were wounded', ['wounded']],
    ['how many were wonded', ['wounded']],
    ['how many were woundded', ['wounded']],
    ['how many injuries', ['wounded']],
    ['how many were injurd', ['wounded']],
    ['how many were captured or taken prisoner', ['captured']],
    ['how many are missing', ['missing']],
    ['how many casualties', []],
    ['how many casualities', []],
    ['how many causalties', []],
    ['how many casulties', []],
    ['the losses so far', []],
  ])('reads %j as a casualty question of %j', (question, categories) => {
    expect(readFigureIntent(question)).toMatchObject({ kind: 'casualties', categories });
  });

  it.each<[string, string[]]>([
    ['how many troops were sent', []],
    ['did they send soldiers', []],
    ['how many soldiers were deployed', []],
    ['how many forces were mobilised', []],
    ['how many troops were mobilized', []],
    ['how many reservists', []],
    ['were reservists called up', []],
    ['how many soldiers were called up', []],
    ['how many troops were trained', ['trained']],
    ['are additional troops planned', ['additional', 'planned']],
  ])('reads %j as a troop question of %j', (question, categories) => {
    expect(readFigureIntent(question)).toMatchObject({ kind: 'troops', categories });
  });

  it.each([['is the capital sending more equipment'], ['what is the weather'], ['who won the election']])(
    'reads no figure question in %j',
    (question) => {
      expect(readFigureIntent(question)).toEqual({ kind: null, categories: [], words: [] });
    },
  );

  it('names the words that carried the intent, as written', () => {
    expect(readFigureIntent('How many soldiers were Kiled or wonded?')).toEqual({
      kind: 'casualties',
      categories: ['killed', 'wounded'],
      words: ['kiled', 'wonded'],
    });
  });

  it('reads "dying" as casualties even beside a troop word', () => {
    expect(readFigureIntent('how many deployed soldiers are dying').kind).toBe('casualties');
  });
});
