import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../../src/extract/figures/find-amounts.js';
import { findAttributions } from '../../../../src/extract/figures/find-attributions.js';
import { findCountedNoun } from '../../../../src/extract/figures/find-counted-noun.js';
import { findSubject } from '../../../../src/extract/sides/find-subject.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';
import { buildFigureReport } from '../../../support/build-figure-report.js';
import { TEST_LEXICON } from '../../../support/test-lexicon.js';

/** Whose figure `written` is, in the last sentence of the last paragraph. */
function subjectOf(paragraphs: string[][], written: string, title: string | null = null) {
  const { sentences } = buildFigureReport({ paragraphs, title });
  const index = sentences.length - 1;
  const text = sentences[index]?.text ?? '';
  const amount = findAmounts(text).find((found) => found.text === written);
  if (amount === undefined) throw new Error(`No amount "${written}" in "${text}"`);
  const counted = findCountedNoun(text, tokenizeFigureText(text), amount.end);
  return findSubject(
    { sentences, index, excluded: findAttributions(sentences, index), title, lexicon: TEST_LEXICON },
    { start: amount.start, end: amount.end, nounEnd: counted?.token.end ?? amount.end },
  );
}

describe('findSubject', () => {
  it.each([
    [
      'the nationality in its noun phrase',
      'Around 600,000 Russian soldiers have been killed or wounded.',
      '600,000',
      'russian',
    ],
    ['a demonym as the noun', 'Drones killed 40 North Koreans.', '40', 'north_korean'],
    ['North Korean troops', 'It sent 3,000 North Korean troops.', '3,000', 'north_korean'],
    ['Ukrainian soldiers', 'Russia captured 12 Ukrainian soldiers.', '12', 'ukrainian'],
    [
      'another force in the noun phrase',
      'Three British soldiers and 2 Ukrainian officers met; 2 American soldiers were hurt.',
      '2',
      'ukrainian',
    ],
    [
      'a possessive tied to losses',
      'Russia’s military casualties reached around 1,200 casualties a day.',
      '1,200',
      'russian',
    ],
    ['a country that lost troops', 'Ukraine has lost 3,000 soldiers in the region.', '3,000', 'ukrainian'],
    ['a country that has troops', 'Russia has around 50,000 troops in the region.', '50,000', 'russian'],
    ['a country that plans to send troops', 'Pyongyang plans to send 5,000 troops.', '5,000', 'north_korean'],
    ['a country that sent troops', 'North Korea has sent 11,000 troops to Russia.', '11,000', 'north_korean'],
    [
      'the casualties named before the number',
      'The grim tally of North Korean casualties, estimating at least 1,100 have been killed.',
      '1,100',
      'north_korean',
    ],
    [
      'a sender over a place and an ally',
      'Pyongyang has sent thousands of troops to support Russian military operations against Ukrainian forces.',
      'thousands',
      'north_korean',
    ],
  ])('reads %s', (_name, sentence, written, expected) => {
    expect(subjectOf([[sentence]], written)).toBe(expected);
  });

  it('skips a nationality inside the claimant', () => {
    expect(
      subjectOf(
        [['The number of soldiers killed has surpassed 3,000, as reported by Ukrainian President Volodymyr Zelensky.']],
        '3,000',
      ),
    ).toBe('unknown');
  });

  it('skips a country named alone, which is often the attacker', () => {
    expect(subjectOf([['Russia launched 120 drones overnight, and 3 soldiers were killed.']], '3')).toBe('unknown');
  });

  it('skips a title before a name', () => {
    expect(subjectOf([['Russian President Vladimir Putin spoke as 300 soldiers died.']], '300')).toBe('unknown');
  });

  it('names any other country its noun phrase names, from the gazetteer, not the story', () => {
    expect(subjectOf([['North Korean officers watched as 2 American soldiers were wounded.']], '2')).toBe('american');
    expect(subjectOf([['The strike killed 14 Syrian soldiers near the border.']], '14')).toBe('syrian');
    expect(subjectOf([['Police said 7 Afghans were killed.']], '7')).toBe('afghan');
  });

  it('names a party the noun phrase names before a party noun, as written', () => {
    expect(subjectOf([['Airstrikes killed 40 Houthi rebels on Tuesday.']], '40')).toBe('Houthi');
    expect(subjectOf([['At least 25 RSF fighters died in the clashes.']], '25')).toBe('RSF');
  });

  it('says unknown for a force the gazetteer does not name', () => {
    expect(subjectOf([['North Korean officers watched as 2 NATO soldiers were wounded.']], '2')).toBe('unknown');
  });

  it('reads the settings aliases: a leader possessive is his side, the bare name alone is not', () => {
    expect(subjectOf([["Putin's army lost 300 soldiers."]], '300')).toBe('russian');
    expect(subjectOf([['Putin said 300 soldiers died.']], '300')).toBe('unknown');
  });

  it('uses the previous sentence of the paragraph when its mentions agree', () => {
    expect(subjectOf([['North Korean troops moved to the front.', 'Some 300 were killed there.']], '300')).toBe(
      'north_korean',
    );
  });

  it('does not use the previous sentence of another paragraph', () => {
    expect(subjectOf([['North Korean troops moved to the front.'], ['Some 300 were killed there.']], '300')).toBe(
      'unknown',
    );
  });

  it('uses the title when the sentences do not say', () => {
    expect(subjectOf([['Some 300 were killed there.']], '300', 'Russian losses mount')).toBe('russian');
  });

  it('uses the report when one force clearly dominates it', () => {
    const paragraphs = [
      ['North Korean troops arrived.'],
      ['North Korean soldiers were trained.'],
      ['Some 300 were killed there.'],
    ];
    expect(subjectOf(paragraphs, '300')).toBe('north_korean');
  });

  it('skips a nationality that names a place: bases, camps, regions', () => {
    expect(subjectOf([['Some 9,000 troops are spread across six Russian military bases.']], '9,000')).toBe('unknown');
  });

  it('reads a country that brought troops in', () => {
    expect(subjectOf([['Pyongyang brought in thousands of its troops.']], 'thousands')).toBe('north_korean');
  });

  it.each([
    ['the sentence is about another war', ['A strike in Gaza left 60 killed.']],
    [
      'the sentence and the one before name only another side',
      ['Putin has been at war for years.', 'His army lost 9,000.'],
    ],
    ['nothing near names the war', ['The briefing then moved on.', 'Some 300 were killed there.']],
  ])('does not lend the report’s subject when %s', (_name, last) => {
    const paragraphs = [['North Korean troops arrived.'], ['North Korean soldiers were trained.'], last];
    const written = /\d[\d,]*/.exec(last.at(-1) ?? '')?.[0] ?? '';
    expect(subjectOf(paragraphs, written)).toBe('unknown');
  });

  it('lends the report’s subject when the sentence before names the war', () => {
    const paragraphs = [
      ['North Korean troops arrived.'],
      ['North Korean soldiers were trained.'],
      ['The fighting in Kursk went on.', 'Some 300 were killed there.'],
    ];
    expect(subjectOf(paragraphs, '300')).toBe('north_korean');
  });

  it('says unknown when nothing points anywhere', () => {
    expect(subjectOf([['Some 300 were killed there.']], '300')).toBe('unknown');
  });
});
