import { readNamePhrase } from './read-name-phrase.js';
import type { FigureToken } from './tokenize-figure-text.js';

/** Words that put an inner source behind the speaker: "citing X", "quoting X", "based on X". */
const CITING: ReadonlySet<string> = new Set(['citing', 'cited', 'cites', 'quoting', 'quoted']);

/**
 * The inner source a sentence's claimant relies on, as written: the name after "citing",
 * "cited", "quoting" or "based on" ("Kirby, citing U.S. intelligence, said …" → "U.S.
 * intelligence"). A pronoun or a phrase with no name is not a source. Returns the first in text
 * order, or null. Pure.
 *
 * @example
 * findCitedSource(text, tokenizeFigureText(text)); // 'U.S. intelligence'
 */
export function findCitedSource(text: string, tokens: readonly FigureToken[]): string | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as FigureToken;
    const isBasedOn = token.lower === 'based' && tokens[i + 1]?.lower === 'on';
    if (!CITING.has(token.lower) && !isBasedOn) continue;
    const phrase = readNamePhrase(tokens, i + (isBasedOn ? 2 : 1), 'right');
    if (phrase === null || phrase.type === 'pronoun') continue;
    return text.slice(phrase.start, phrase.end);
  }
  return null;
}
