import { describe, expect, it } from 'vitest';
import { findFigurePlace } from '../../../../src/extract/figures/find-figure-place.js';
import { TEST_LEXICON } from '../../../support/test-lexicon.js';

/** The place of the figure written `figure` in `sentence`; `others` are the sentence's other amounts. */
function placeOf(sentence: string, figure: string, others: readonly string[] = []): string | null {
  const start = sentence.indexOf(figure);
  if (start < 0) throw new Error(`No "${figure}" in "${sentence}"`);
  const end = start + figure.length;
  const spans = others.map((other) => sentence.indexOf(other));
  const previousEnd = Math.max(0, ...spans.filter((at) => at < start).map((at, i) => at + (others[i]?.length ?? 0)));
  const nextStart = Math.min(sentence.length, ...spans.filter((at) => at > end));
  return findFigurePlace(sentence, { start, end, previousEnd, nextStart, lexicon: TEST_LEXICON });
}

describe('findFigurePlace', () => {
  it('reads the place named after the figure, as written', () => {
    expect(placeOf('At least 40 people were killed in Gaza on Tuesday.', '40')).toBe('Gaza');
    expect(placeOf('Some 300 fighters died near Bakhmut.', '300')).toBe('Bakhmut');
  });

  it('reads a place that opens the sentence when none follows the figure', () => {
    expect(placeOf('In Aleppo, 12 civilians were wounded.', '12')).toBe('Aleppo');
  });

  it('prefers the place after the figure to one before it', () => {
    expect(placeOf('Across Syria, 70 soldiers were killed in Idlib.', '70')).toBe('Idlib');
  });

  it('drops an area noun that names the place itself, capitalised or not', () => {
    expect(placeOf('Nine residents were killed in the Kherson region.', 'Nine')).toBe('Kherson');
    expect(placeOf('Nine residents were killed in Kherson Oblast.', 'Nine')).toBe('Kherson');
    expect(placeOf('Nine residents were killed in Kherson province.', 'Nine')).toBe('Kherson');
  });

  it('keeps an area noun that names another place than the name alone', () => {
    expect(placeOf('Five people died in Rakhine state.', 'Five')).toBe('Rakhine state');
  });

  it('gives a gazetteer country its name, whatever the spelling', () => {
    expect(placeOf('About 500 soldiers died in the Syrian Arab Republic.', '500')).toBe('Syria');
    expect(placeOf('About 500 soldiers died in Syria.', '500')).toBe('Syria');
    expect(placeOf('More than 1,400 people were killed in the Republic of Yemen.', '1,400')).toBe('Yemen');
  });

  it('reads a corpus search alias as its label, without the area noun', () => {
    expect(placeOf('Up to 200 troops were killed in Kursk Oblast.', '200')).toBe('Kursk');
    expect(placeOf('Up to 200 troops were killed in the Kursk area.', '200')).toBe('Kursk');
  });

  it('reads the place a possessive owns', () => {
    expect(placeOf('Officials said 70 soldiers were killed in Russia’s Kursk region.', '70')).toBe('Kursk');
    expect(placeOf("Officials said 70 soldiers were killed in Syria's Idlib province.", '70')).toBe('Idlib');
  });

  it('never reads a place from another clause', () => {
    expect(
      placeOf('Troops stationed in Russia have suffered losses, following claims of 500 deaths.', '500'),
    ).toBeNull();
    expect(placeOf('Officials said 40 soldiers were killed, and fighting spread across Zamora.', '40')).toBeNull();
    expect(placeOf('Officials said 40 soldiers were killed; reinforcements reached Loja.', '40')).toBeNull();
  });

  it('never crosses a neighbouring figure', () => {
    const sentence = 'Officials said 30 people died in Homs and 45 in Hama.';
    expect(placeOf(sentence, '30', ['45'])).toBe('Homs');
    expect(placeOf(sentence, '45', ['30'])).toBe('Hama');
  });

  it('is null for months, bodies, events, demonyms and where a claim was made', () => {
    expect(placeOf('More than 60 soldiers were killed in December.', '60')).toBeNull();
    expect(placeOf('Lawmakers said in Congress that 60 soldiers were killed.', '60')).toBeNull();
    expect(placeOf('About 60 people died in Hurricane Ida.', '60')).toBeNull();
    expect(placeOf('About 60 soldiers died in Russian captivity.', '60')).toBeNull();
    expect(placeOf('The minister, speaking in Geneva, said 60 soldiers were killed.', '60')).toBeNull();
  });

  it('is null when the sentence names no place', () => {
    expect(placeOf('More than 60 soldiers were killed.', '60')).toBeNull();
  });
});
