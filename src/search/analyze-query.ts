import { type AliasTable, EMPTY_ALIAS_TABLE, matchAliases } from './match-aliases.js';
import { tokenizeText } from './tokenize-text.js';

/** One term to search for, and how to show it to the person who asked. */
export type QueryTerm = {
  /** The index term, as `analyzeText` writes it. */
  readonly term: string;
  /** The normalised word ("missiles") or the alias group's label ("North Korea"). */
  readonly display: string;
};

/**
 * The analysis chain for a query: the same tokenising, folding, stemming and stop words as
 * `analyzeText`, except that an alias phrase becomes its group term alone. "DPRK troops" searches
 * for the North Korea group and "troop", so every spelling of the name weighs the same, and the
 * name counts as one query term, not as two or three loose words. Terms keep the query's order;
 * a repeated term is kept once.
 *
 * A query of stop words only gives no terms.
 *
 * @example
 * analyzeQuery('Where are the North Korean troops?', aliases);
 * // [{ term: '~north_korea', display: 'North Korea' }, { term: 'troop', display: 'troops' }]
 */
export function analyzeQuery(query: string, table: AliasTable = EMPTY_ALIAS_TABLE): QueryTerm[] {
  const tokens = tokenizeText(query);
  const aliasAt = new Map(matchAliases(query, tokens, table).map((alias) => [alias.from, alias]));
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  let at = 0;
  while (at < tokens.length) {
    const alias = aliasAt.get(at);
    const token = tokens[at];
    let next: QueryTerm | null = null;
    if (alias !== undefined) {
      next = { term: alias.term, display: alias.label };
      at = alias.to;
    } else {
      if (token !== undefined && !token.isStopWord) next = { term: token.stem, display: token.word };
      at += 1;
    }
    if (next !== null && !seen.has(next.term)) {
      seen.add(next.term);
      terms.push(next);
    }
  }
  return terms;
}
