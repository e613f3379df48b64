import type { SearchAlias } from '../corpus/corpus-settings.js';

/**
 * A name that reports spell in several ways. Every spelling is found by a query in any other.
 *
 * - `phrases` match whatever the case, word by word after analysis (so plurals and possessives
 *   match too: "Koreans", "Seoul's"), when only spaces or a hyphen separate the words.
 * - `exactCasePhrases` match only with this capitalisation, ignoring dots: for spellings that are
 *   also common words in lower case ("US" against the pronoun "us").
 */
export type AliasGroup = {
  readonly label: string;
  readonly phrases: readonly string[];
  readonly exactCasePhrases?: readonly string[];
};

/**
 * The alias groups of a corpus: its settings' `search_aliases` (`verbatim.yml`), in their order.
 * A story's names are the desk's to list, so the code holds none; without settings there are none.
 *
 * @example
 * buildAliasGroups([{ label: 'Kyiv', phrases: ['Kyiv', 'Kiev'], exact_case_phrases: [] }]);
 * // [{ label: 'Kyiv', phrases: ['Kyiv', 'Kiev'], exactCasePhrases: [] }]
 */
export function buildAliasGroups(aliases: readonly SearchAlias[]): AliasGroup[] {
  return aliases.map((alias) => ({
    label: alias.label,
    phrases: alias.phrases,
    exactCasePhrases: alias.exact_case_phrases,
  }));
}

/**
 * Phrases that contain an alias but are not it. When one matches at the same place as an alias, the
 * longer blocker wins and no group is recorded ("Latin America" is not the United States).
 */
export const ALIAS_BLOCKERS: readonly string[] = [
  'Latin America',
  'Latin American',
  'South America',
  'South American',
  'Central America',
  'Central American',
  'North America',
  'North American',
];
