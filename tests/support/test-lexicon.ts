import { type CorpusSettings, parseCorpusSettings } from '../../src/corpus/corpus-settings.js';
import { buildSideLexicon, type SideLexicon } from '../../src/extract/sides/side-lexicon.js';
import { type AliasGroup, buildAliasGroups } from '../../src/search/alias-groups.js';
import { type AliasTable, compileAliasTable } from '../../src/search/match-aliases.js';

/**
 * Settings written for the unit tests' war between the fixtures' sides: the followed side, its
 * allies and foes with their leaders, a front place, another story's words and the names searched
 * in several spellings.
 */
const TEST_SETTINGS_YAML = `
followed_sides: [North Korean]
sides:
  - name: North Korean
    aliases: [KPA, Kim Jong Un, Kim Jong-un]
  - name: Russian
    aliases: [Kremlin, Putin]
  - name: Ukrainian
    aliases: [Kiev, Zelensky]
story_words: [Kursk, Donetsk]
outside_words: [Gaza, Israel, Civil War]
search_aliases:
  - label: North Korea
    phrases: [North Korea, North Korean, DPRK, D.P.R.K., Pyongyang, "Democratic People's Republic of Korea"]
  - label: Zelensky
    phrases: [Zelensky, Zelenskyy, Zelenskiy, Zelenskii, Zelenskyi, Zelenski]
  - label: Kursk region
    phrases: [Kursk region, Kursk Oblast, Kursk area, Kursk province]
  - label: Kim Jong Un
    phrases: [Kim Jong Un, Kim Jong-un, Kim Jongun]
  - label: Storm Shadow
    phrases: [Storm Shadow, SCALP, SCALP-EG]
  - label: United States
    phrases: [United States, United States of America, USA, America, American]
    exact_case_phrases: [US, U.S., U.S.A.]
  - label: Yoon Suk Yeol
    phrases: [Yoon Suk Yeol, Yoon Suk-yeol]
`;

/** `TEST_SETTINGS_YAML` parsed. */
export const TEST_SETTINGS: CorpusSettings = parseCorpusSettings(TEST_SETTINGS_YAML);

/** The side lexicon of `TEST_SETTINGS_YAML`. */
export const TEST_LEXICON: SideLexicon = buildSideLexicon(TEST_SETTINGS);

/** The search alias groups of `TEST_SETTINGS_YAML`, as the corpus's settings give them. */
export const TEST_ALIAS_GROUPS: readonly AliasGroup[] = buildAliasGroups(TEST_SETTINGS.search_aliases);

/** `TEST_ALIAS_GROUPS` compiled. */
export const TEST_ALIASES: AliasTable = compileAliasTable(TEST_ALIAS_GROUPS);
