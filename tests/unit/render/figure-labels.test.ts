import { describe, expect, it } from 'vitest';
import { CASUALTY_CATEGORIES, type Population, TROOP_CATEGORIES } from '../../../src/extract/figures/figure.js';
import { capitalizeLabel, describePopulation, FIGURE_CATEGORY_LABELS } from '../../../src/render/figure-labels.js';

describe('capitalizeLabel', () => {
  it.each([
    ['killed or wounded', 'Killed or wounded'],
    ['side not stated', 'Side not stated'],
    ['North Korean', 'North Korean'],
    ['', ''],
  ])('capitalises %j as %j', (label, expected) => {
    expect(capitalizeLabel(label)).toBe(expected);
  });
});

describe('FIGURE_CATEGORY_LABELS', () => {
  it('names every category, each differently', () => {
    const categories = [...CASUALTY_CATEGORIES, ...TROOP_CATEGORIES].map(
      (category) => FIGURE_CATEGORY_LABELS[category],
    );
    expect(new Set(categories).size).toBe(CASUALTY_CATEGORIES.length + TROOP_CATEGORIES.length);
  });
});

describe('describePopulation', () => {
  const group = (...populations: (Population | null | undefined)[]) => ({
    rows: populations.map((population) => ({ figure: population === undefined ? {} : { population } })),
  });

  it('names the population when the group mixes combatants, civilians or figures that do not say', () => {
    const mixed = group('civilian', 'combatant', null);
    expect(describePopulation({ population: 'civilian' }, mixed)).toBe('civilians');
    expect(describePopulation({ population: 'combatant' }, mixed)).toBe('combatants');
    expect(describePopulation({ population: null }, mixed)).toBe('combatants or civilians not said');
    expect(describePopulation({}, group('civilian', undefined))).toBe('combatants or civilians not said');
  });

  it('says nothing when every row of the group counts the same population', () => {
    expect(describePopulation({ population: 'civilian' }, group('civilian', 'civilian'))).toBeNull();
    expect(describePopulation({ population: null }, group(null, undefined))).toBeNull();
  });
});
