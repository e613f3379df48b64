import type { CorpusSettings } from '../corpus/corpus-settings.js';
import { buildAliasGroups } from '../search/alias-groups.js';
import { type AliasTable, compileAliasTable } from '../search/match-aliases.js';

/**
 * The alias table a corpus's sentence index is built and loaded with: its settings' search aliases,
 * grouped and compiled. Pure.
 */
export function compileCorpusAliases(settings: CorpusSettings): AliasTable {
  return compileAliasTable(buildAliasGroups(settings.search_aliases));
}
