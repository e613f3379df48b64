import { ALIAS_BLOCKERS, type AliasGroup } from './alias-groups.js';
import { tokenizeText, type WordToken } from './tokenize-text.js';

/** Where an alias phrase occurs in a list of tokens. */
export type AliasMatch = {
  /** The group's index term, e.g. "~north_korea"; never produced by the tokenizer. */
  readonly term: string;
  readonly label: string;
  /** Index of the phrase's first token, and one past its last. */
  readonly from: number;
  readonly to: number;
};

/** Group terms start with this character, which no word contains. */
export const ALIAS_TERM_PREFIX = '~';

type Pattern = {
  readonly keys: readonly string[];
  readonly isExactCase: boolean;
  /** null for a blocker: it wins its place but records no group. */
  readonly group: { readonly term: string; readonly label: string } | null;
};

/** A corpus's alias groups compiled for matching (`compileAliasTable`): patterns by their first word's key. */
export type AliasTable = {
  readonly byStem: ReadonlyMap<string, readonly Pattern[]>;
  readonly byExactCase: ReadonlyMap<string, readonly Pattern[]>;
};

const JOINING_GAP = /^\s*[-‐‑]?\s*$/u;

/** No alias groups: a corpus without settings. */
export const EMPTY_ALIAS_TABLE: AliasTable = { byStem: new Map(), byExactCase: new Map() };

/**
 * Compiles alias groups (`buildAliasGroups`) and the blockers into a table for `matchAliases`.
 *
 * @throws {TypeError} when a phrase has no words.
 */
export function compileAliasTable(groups: readonly AliasGroup[]): AliasTable {
  const patterns = compilePatterns(groups);
  return {
    byStem: indexPatterns(patterns.filter((pattern) => !pattern.isExactCase)),
    byExactCase: indexPatterns(patterns.filter((pattern) => pattern.isExactCase)),
  };
}

/**
 * Finds the alias phrases of a table (`compileAliasTable`) in tokenised text, leftmost first, longest first, never
 * overlapping. Words of a phrase must be separated by white space or one hyphen only (so a comma
 * or a full stop between "North" and "Korea" breaks the phrase). Deterministic.
 *
 * @example
 * const text = 'Pyongyang and the DPRK';
 * matchAliases(text, tokenizeText(text), table).map((match) => match.term); // ['~north_korea', '~north_korea']
 */
export function matchAliases(text: string, tokens: readonly WordToken[], table: AliasTable): AliasMatch[] {
  const matches: AliasMatch[] = [];
  let at = 0;
  while (at < tokens.length) {
    const pattern = findLongestPattern(text, tokens, at, table);
    if (pattern === null) {
      at += 1;
      continue;
    }
    if (pattern.group !== null) matches.push({ ...pattern.group, from: at, to: at + pattern.keys.length });
    at += pattern.keys.length;
  }
  return matches;
}

function findLongestPattern(text: string, tokens: readonly WordToken[], at: number, table: AliasTable): Pattern | null {
  const first = tokens[at];
  if (first === undefined) return null;
  let best: Pattern | null = null;
  for (const candidates of [table.byStem.get(first.stem), table.byExactCase.get(exactCaseKey(first))]) {
    for (const pattern of candidates ?? []) {
      if (best !== null && pattern.keys.length <= best.keys.length) continue;
      if (matchesAt(text, tokens, at, pattern)) best = pattern;
    }
  }
  return best;
}

function matchesAt(text: string, tokens: readonly WordToken[], at: number, pattern: Pattern): boolean {
  for (let i = 0; i < pattern.keys.length; i += 1) {
    const token = tokens[at + i];
    if (token === undefined) return false;
    const key = pattern.isExactCase ? exactCaseKey(token) : token.stem;
    if (key !== pattern.keys[i]) return false;
    const previous = tokens[at + i - 1];
    if (i > 0 && previous !== undefined && !JOINING_GAP.test(text.slice(previous.end, token.start))) return false;
  }
  return true;
}

function exactCaseKey(token: WordToken): string {
  return token.raw.replace(/\./g, '');
}

function compilePatterns(groups: readonly AliasGroup[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (const group of groups) {
    const target = { term: buildGroupTerm(group.label), label: group.label };
    for (const phrase of group.phrases) patterns.push(compilePattern(phrase, false, target));
    for (const phrase of group.exactCasePhrases ?? []) patterns.push(compilePattern(phrase, true, target));
  }
  for (const phrase of ALIAS_BLOCKERS) patterns.push(compilePattern(phrase, false, null));
  return patterns;
}

function compilePattern(phrase: string, isExactCase: boolean, group: Pattern['group']): Pattern {
  const tokens = tokenizeText(phrase);
  if (tokens.length === 0) throw new TypeError(`Alias phrase "${phrase}" has no words`);
  return { keys: tokens.map((token) => (isExactCase ? exactCaseKey(token) : token.stem)), isExactCase, group };
}

function indexPatterns(patterns: readonly Pattern[]): ReadonlyMap<string, readonly Pattern[]> {
  const index = new Map<string, Pattern[]>();
  for (const pattern of patterns) {
    const first = pattern.keys[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), pattern]);
  }
  return index;
}

function buildGroupTerm(label: string): string {
  return ALIAS_TERM_PREFIX + label.toLowerCase().replace(/\s+/g, '_');
}
