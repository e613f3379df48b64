import { type AliasTable, EMPTY_ALIAS_TABLE, matchAliases } from './match-aliases.js';
import { tokenizeText } from './tokenize-text.js';

/** One index term of a text and the characters it stands for. */
export type AnalyzedTerm = {
  /** The index term: a word's stem, or an alias group's term ("~north_korea"). */
  readonly term: string;
  /** `text.slice(start, end)` is the word, or the whole alias phrase. */
  readonly start: number;
  readonly end: number;
  /** How a person writes it: the word as written without a possessive, or the group's label. */
  readonly surface: string;
};

/**
 * The analysis chain for indexed text: words (tokenised, folded, stemmed) without stop words, plus
 * one group term for each alias phrase of the corpus's `aliases` (none by default), placed before
 * the phrase's own words. Ordered by position.
 * The query side (`analyzeQuery`) uses the same chain, so both meet on the same terms.
 *
 * @example
 * analyzeText('Pyongyang’s troops', aliases).map((term) => term.term); // ['~north_korea', 'pyongyang', 'troop']
 */
export function analyzeText(text: string, table: AliasTable = EMPTY_ALIAS_TABLE): AnalyzedTerm[] {
  const tokens = tokenizeText(text);
  const aliases = matchAliases(text, tokens, table);
  const terms: AnalyzedTerm[] = [];
  let next = 0;
  tokens.forEach((token, i) => {
    const alias = aliases[next];
    if (alias !== undefined && alias.from === i) {
      const last = tokens[alias.to - 1] ?? token;
      terms.push({ term: alias.term, start: token.start, end: last.end, surface: alias.label });
      next += 1;
    }
    if (token.isStopWord) return;
    terms.push({ term: token.stem, start: token.start, end: token.end, surface: stripPossessive(token.raw) });
  });
  return terms;
}

function stripPossessive(raw: string): string {
  return raw.endsWith('s') || raw.endsWith('S') ? raw.replace(/['’][sS]$/, '') : raw;
}
