import { describe, expect, it } from 'vitest';
import { CASUALTY_CATEGORIES, TROOP_CATEGORIES } from '../../../src/extract/figures/figure.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS } from '../../../src/render/figure-labels.js';

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
