/**
 * A name that reports spell in several ways. Every spelling is found by a query in any other.
 *
 * - `phrases` match whatever the case, word by word after analysis (so plurals and possessives
 *   match too: "North Koreans", "Pyongyang's"), when only spaces or a hyphen separate the words.
 * - `exactCasePhrases` match only with this capitalisation, ignoring dots: for spellings that are
 *   also common words in lower case ("US" against the pronoun "us").
 */
export type AliasGroup = {
  readonly label: string;
  readonly phrases: readonly string[];
  readonly exactCasePhrases?: readonly string[];
};

/**
 * The alias table. Keep it small: only names that really appear in many spellings. Hyphenated and
 * spaced spellings ("Kim Jong-un", "Kim Jong Un") already tokenise alike; their groups exist so a
 * query for the full name is one concept, not three loose words.
 *
 * "America" and "American" are in the United States group because news reports use them that way;
 * the continents are kept out by `ALIAS_BLOCKERS`.
 */
export const ALIAS_GROUPS: readonly AliasGroup[] = [
  {
    label: 'North Korea',
    phrases: ['North Korea', 'North Korean', 'DPRK', 'D.P.R.K.', 'Pyongyang', "Democratic People's Republic of Korea"],
  },
  { label: 'Zelensky', phrases: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskii', 'Zelenskyi', 'Zelenski'] },
  { label: 'Kursk region', phrases: ['Kursk region', 'Kursk Oblast', 'Kursk area', 'Kursk province'] },
  { label: 'Kim Jong Un', phrases: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jongun'] },
  { label: 'Storm Shadow', phrases: ['Storm Shadow', 'SCALP', 'SCALP-EG'] },
  {
    label: 'United States',
    phrases: ['United States', 'United States of America', 'USA', 'America', 'American'],
    exactCasePhrases: ['US', 'U.S.', 'U.S.A.'],
  },
  { label: 'Yoon Suk Yeol', phrases: ['Yoon Suk Yeol', 'Yoon Suk-yeol'] },
];

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
