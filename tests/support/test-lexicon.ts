import { parseCorpusSettings } from '../../src/corpus/corpus-settings.js';
import { buildSideLexicon, type SideLexicon } from '../../src/extract/side-lexicon.js';

/**
 * Settings written for the unit tests' war between the fixtures' sides: the followed side, its
 * allies and foes with their leaders, a front place and another story's words.
 */
export const TEST_SETTINGS_YAML = `
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
`;

/** The side lexicon of `TEST_SETTINGS_YAML`. */
export const TEST_LEXICON: SideLexicon = buildSideLexicon(parseCorpusSettings(TEST_SETTINGS_YAML));
