import { type NamePhrase, readNamePhrase } from '../people/read-name-phrase.js';
import type { FigureToken } from '../words/tokenize-figure-text.js';

/** Words that put an inner source behind the speaker: "citing X", "quoting X", "based on X". */
const CITING: ReadonlySet<string> = new Set(['citing', 'cited', 'cites', 'quoting', 'quoted']);

/**
 * The inner source a sentence's claimant relies on, as written: the name after "citing",
 * "cited", "quoting" or "based on" ("Kirby, citing U.S. intelligence, said …" → "U.S.
 * intelligence"), or the source whose belief a speaker reports ("Kirby said (that) the U.S.
 * believes …" → "the U.S."). A pronoun or a phrase with no name is not a source. Returns the first in text
 * order, or null. Pure.
 *
 * @example
 * findCitedSource(text, tokenizeFigureText(text)); // 'U.S. intelligence'
 */
export function findCitedSource(text: string, tokens: readonly FigureToken[]): string | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as FigureToken;
    const isBasedOn = token.lower === 'based' && tokens[i + 1]?.lower === 'on';
    const phrase =
      CITING.has(token.lower) || isBasedOn
        ? readNamePhrase(tokens, i + (isBasedOn ? 2 : 1), 'right')
        : (readInnerSource(tokens, i)?.source ?? null);
    if (phrase === null || phrase.type === 'pronoun') continue;
    return text.slice(phrase.start, phrase.end);
  }
  return null;
}

/** Speech verbs that may report another source's belief ("said the U.S. believes"). */
const OUTER_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'stated',
  'states',
  'added',
  'noted',
  'wrote',
  'told',
  'announced',
]);
/** Verbs by which an inner source holds a figure ("the U.S. believes / estimates / assesses"). */
const INNER_VERBS: ReadonlySet<string> = new Set(
  'believes believe believed estimates estimate estimated assesses assess assessed thinks think concluded calculated says said reported reports'.split(
    ' ',
  ),
);
/** Words allowed between an inner source and its verb ("the U.S. now believes"). */
const ADVERBS: ReadonlySet<string> = new Set(['now', 'also', 'still', 'has', 'have', 'had']);

/**
 * The inner source of a nested attribution when token `at` is a speech verb followed by "(that)
 * NAME believes / estimates …" ("Kirby said the U.S. believes …" → "the U.S."), with the inner
 * verb; else null. `findAttributions` uses it to give the claim to the outer speaker. Pure.
 *
 * @example
 * readInnerSource(tokenizeFigureText('Kirby said the U.S. believes 3,000 …'), 1); // source "the U.S.", verb "believes"
 */
export function readInnerSource(
  tokens: readonly FigureToken[],
  at: number,
): { readonly source: NamePhrase; readonly verb: FigureToken } | null {
  if (!OUTER_VERBS.has(tokens[at]?.lower ?? '')) return null;
  const start = tokens[at + 1]?.lower === 'that' ? at + 2 : at + 1;
  const source = readNamePhrase(tokens, start, 'right');
  if (source === null) return null;
  let k = tokens.findIndex((t) => t.start >= source.end);
  while (k >= 0 && ADVERBS.has(tokens[k]?.lower ?? '')) k += 1;
  const verb = tokens[k];
  return verb !== undefined && INNER_VERBS.has(verb.lower) ? { source, verb } : null;
}
