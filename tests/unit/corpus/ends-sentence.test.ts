import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../../src/corpus/ends-sentence.js';

describe('endsSentence', () => {
  it.each([
    ['The vote passed.', true],
    ['Was it a mistake?', true],
    ['Stop!', true],
    ['And then…', true],
    ['"We will return," she said.', true],
    ['He called it "a mistake."', true],
    ['“It is over.”', true],
    ['(The figure was later revised.)', true],
    ['**The talks ended.**', true],
    ['Storm Closes Mountain Pass', false],
    ['Source: example.org', false],
    ['Contributing: Reuters', false],
    ['ending with a comma,', false],
    ['', false],
  ])('says %j ends a sentence: %s', (text, expected) => {
    expect(endsSentence(text)).toEqual(expected);
  });
});
