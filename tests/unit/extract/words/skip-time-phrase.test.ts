import { describe, expect, it } from 'vitest';
import { skipTimePhrase } from '../../../../src/extract/words/skip-time-phrase.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

/** The text before the name's end, when the verb is the last word. */
function nameBefore(text: string) {
  const tokens = tokenizeFigureText(text);
  const end = skipTimePhrase(tokens, tokens.length - 1);
  return text.slice(0, tokens[end]?.start ?? text.length).trimEnd();
}

describe('skipTimePhrase', () => {
  it.each([
    ['a weekday after "on"', 'Polish officials on Tuesday announced', 'Polish officials'],
    ['a bare weekday', 'Polish officials Tuesday announced', 'Polish officials'],
    ['a month and a day', 'Kovalenko on December 5 said', 'Kovalenko'],
    ['an abbreviated month and a day', 'Kovalenko on Dec. 5 said', 'Kovalenko'],
    ['"last week"', 'Seoul lawmakers last week said', 'Seoul lawmakers'],
    ['"today"', 'The ministry today said', 'The ministry'],
    ['no time phrase', 'The ministry said', 'The ministry'],
    ['"on" without a date', 'The report on losses said', 'The report on losses'],
  ])('skips %s', (_name, text, expected) => {
    expect(nameBefore(text)).toBe(expected);
  });
});
