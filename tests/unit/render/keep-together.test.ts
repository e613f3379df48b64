import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../../src/render/keep-together.js';

describe('keepTogether', () => {
  it('joins the words of a name with no-break spaces and changes nothing else', () => {
    expect(keepTogether('John F. Kirby')).toBe('John\u00a0F.\u00a0Kirby');
    expect(keepTogether('a  spokesman')).toBe('a\u00a0spokesman');
    expect(keepTogether('Kirby')).toBe('Kirby');
    expect(keepTogether('line\nbreak')).toBe('line\nbreak');
  });
});
