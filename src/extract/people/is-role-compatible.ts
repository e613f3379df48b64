import { COUNTRY_WORD_KEYS } from '../sides/side-lexicon.js';

/** Spellings of one title. */
const TITLE_KEYS: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['advisor', 'adviser'],
  ['adviser', 'adviser'],
  ['defence', 'defense'],
]);
/** Words of a role that say nothing about which office it is ("the young mayor" is the mayor). */
const NEUTRAL_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'then',
  'now',
  'top',
  'young',
  'embattled',
  'beleaguered',
  'outgoing',
  'longtime',
]);

/**
 * True when a role phrase without a name ("the U.S. president", "the minister") can stand for a
 * person the report gives these roles ("Ukrainian President", "Defence Minister"): the phrase's
 * head title must be one of the person's role words, and every other word of the phrase
 * (nationality, office: "U.S.", "Ukrainian", "defense", "former") must be one of them too, after
 * folding nationality to country ("Ukrainian" ~ "Ukraine's", "U.S." ~ "American") and title
 * spellings ("spokesman" ~ "spokesperson"). A person with no known role is never compatible.
 * Pure.
 *
 * @example
 * isRoleCompatible('U.S. president', ['Ukrainian President']); // false
 * isRoleCompatible('president', ['Ukrainian President']); // true
 */
export function isRoleCompatible(phraseRole: string, personRoles: readonly string[]): boolean {
  const wanted = roleKeys(phraseRole);
  if (wanted.length === 0) return false;
  const known = new Set(personRoles.flatMap(roleKeys));
  return wanted.every((key) => known.has(key));
}

/**
 * The folded words of a role: lowercase, dots and possessives removed, countries keyed by the
 * gazetteer ("Ukrainian" ~ "Ukraine's", "U.S." ~ "American": `COUNTRY_WORD_KEYS`) and titles by spelling.
 */
export function roleKeys(role: string): string[] {
  const words = role
    .toLowerCase()
    .replace(/\bu\.s\.(?:a\.)?/g, 'us')
    .replace(/\bu\.k\./g, 'uk')
    .split(/[\s-]+/)
    .map((word) => word.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '' && !NEUTRAL_WORDS.has(word));
  return words.map((word) => COUNTRY_WORD_KEYS.get(word) ?? TITLE_KEYS.get(word) ?? word);
}
