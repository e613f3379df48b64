import type { CorpusSettings } from '../../corpus/corpus-settings.js';
import GAZETTEER from './gazetteer.json' with { type: 'json' };

/**
 * How a side's name is written: a demonym ("Russian"), a name (country or capital: "Russia",
 * "Moscow"), or an alias the corpus settings give (a leader, an army: "Kremlin").
 */
export type SideNameKind = 'demonym' | 'name' | 'alias';

/** One side a figure can count: a stable key ("north_korean", or the party as written, "Houthi") and its label. */
export type Side = { readonly key: string; readonly label: string };

/** What a written name stands for. */
export type SideName = { readonly side: Side; readonly kind: SideNameKind };

/**
 * Everything the figure extractors and the answers know about sides, for one corpus: the
 * gazetteer's countries (names, demonyms, capitals) and generic party nouns, and the corpus
 * settings' sides, aliases, followed sides and story words. Built once per corpus by
 * `buildSideLexicon`; plain data and compiled patterns, never changed.
 */
export type SideLexicon = {
  /** Every side by key. */
  readonly sides: ReadonlyMap<string, Side>;
  /** Lower-cased written name → what it stands for. */
  readonly names: ReadonlyMap<string, SideName>;
  /** Keys of the sides the settings list (the story's sides), in the settings' order; empty without settings. */
  readonly storySides: readonly string[];
  /** Keys of the followed sides, in the settings' order; empty when the settings name none. */
  readonly followed: readonly string[];
  /** Matches a story word ("Kursk"), or null when the settings list none. */
  readonly storyWords: RegExp | null;
  /** Matches a word of another story ("Gaza"), or null when the settings list none. */
  readonly outsideWords: RegExp | null;
  /** Nouns for fighters ("soldier", "militant") and for civilians ("civilian", "child"), lower case, singular. */
  readonly partyNouns: { readonly combatant: ReadonlySet<string>; readonly civilian: ReadonlySet<string> };
  /** Lower-case spelling of a name the settings' search aliases give → its label ("kursk oblast" → "Kursk region"): places read as one. */
  readonly places: ReadonlyMap<string, string>;
};

/**
 * The last word of every gazetteer demonym in the plural, lower case ("koreans", "syrians"): a
 * people counted by name ("40 North Koreans").
 */
export const DEMONYM_PLURALS: ReadonlySet<string> = new Set(
  GAZETTEER.sides.flatMap((side) =>
    side.demonyms.map((demonym) => `${(demonym.split(/\s+/).at(-1) ?? '').toLowerCase()}s`),
  ),
);

/**
 * Each word of a country's demonyms and names (not capitals), lower case, folded to the side it
 * names ("ukraine" and "ukrainian" → "ukrainian"); a word several countries share is folded to
 * all of them joined ("korea" → "north_korean|south_korean"), so it still matches its own.
 */
export const COUNTRY_WORD_KEYS: ReadonlyMap<string, string> = buildCountryWordKeys();

/**
 * Lower-case words that name a country, never a person: one-word names and capitals ("ukraine",
 * "seoul"), and the last word of a longer name when its demonym grows from it ("korea" of "North Korea").
 */
export const COUNTRY_NAME_WORDS: ReadonlySet<string> = new Set(
  GAZETTEER.sides.flatMap((side) => {
    const peoples = side.demonyms.map((demonym) => lastWord(demonym));
    return [...side.names, ...side.capitals]
      .filter((name) => !/^[A-Z.]+$/.test(name))
      .flatMap((name) => {
        const last = lastWord(name);
        return !name.includes(' ') || peoples.some((people) => people.startsWith(last)) ? [last] : [];
      });
  }),
);

/** Lower-case last words of every demonym and their plurals ("korean", "koreans"): a people, never a person. */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set(
  GAZETTEER.sides.flatMap((side) => side.demonyms.flatMap((demonym) => [lastWord(demonym), `${lastWord(demonym)}s`])),
);

/** The key of figures whose side the text does not say. */
export const UNKNOWN_SIDE = 'unknown';

/**
 * Builds the side lexicon of a corpus from the gazetteer and its settings. A settings side names a
 * gazetteer side by its label, key or any of its names ("North Korean", "Russia"), else it is a new
 * party keyed by its name as written ("Wagner"). Deterministic: the same settings give the same lexicon.
 *
 * @example
 * buildSideLexicon(DEFAULT_CORPUS_SETTINGS).names.get('pyongyang'); // { side: { key: 'north_korean', … }, kind: 'name' }
 */
export function buildSideLexicon(settings: CorpusSettings): SideLexicon {
  const sides = new Map<string, Side>();
  const names = new Map<string, SideName>();
  const add = (written: string, side: Side, kind: SideNameKind) => {
    const key = written.toLowerCase();
    if (!names.has(key)) names.set(key, { side, kind });
  };
  for (const entry of GAZETTEER.sides) {
    const side = { key: entry.key, label: entry.label };
    sides.set(side.key, side);
    for (const demonym of entry.demonyms) add(demonym, side, 'demonym');
  }
  for (const entry of GAZETTEER.sides) {
    const side = sides.get(entry.key);
    if (side === undefined) continue;
    for (const name of [...entry.names, ...entry.capitals]) add(name, side, 'name');
  }
  const storySides: string[] = [];
  for (const configured of settings.sides) {
    const side = resolveSide(configured.name, sides, names);
    sides.set(side.key, side);
    if (!storySides.includes(side.key)) storySides.push(side.key);
    // Settings aliases win over the gazetteer: the desk knows its story.
    add(configured.name, side, 'name');
    for (const alias of configured.aliases) names.set(alias.toLowerCase(), { side, kind: 'alias' });
  }
  const followed = settings.followed_sides.map((name) => {
    const side = resolveSide(name, sides, names);
    sides.set(side.key, side);
    return side.key;
  });
  return {
    sides,
    names,
    storySides,
    followed: [...new Set(followed)],
    storyWords: buildWordPattern(settings.story_words),
    outsideWords: buildWordPattern(settings.outside_words),
    partyNouns: {
      combatant: new Set(GAZETTEER.partyNouns.combatant),
      civilian: new Set(GAZETTEER.partyNouns.civilian),
    },
    places: new Map(
      settings.search_aliases.flatMap((alias) =>
        alias.phrases.map((phrase) => [phrase.toLowerCase(), alias.label] as const),
      ),
    ),
  };
}

/**
 * The side a written name stands for ("Russians", "Russia's", "DPRK"), or null. Case-insensitive;
 * a plural or possessive ending is dropped when the bare name is known.
 */
export function lookUpSideName(lexicon: SideLexicon, written: string): SideName | null {
  const lower = written.toLowerCase().replace(/[’]/g, "'");
  return (
    lexicon.names.get(lower) ??
    lexicon.names.get(lower.replace(/'s?$/, '')) ??
    lexicon.names.get(lower.replace(/s$/, '')) ??
    null
  );
}

/** The label of a side key; a key the lexicon does not know is a party named as written, its own label. */
export function labelSide(lexicon: SideLexicon, key: string): string {
  if (key === UNKNOWN_SIDE) return 'side not stated';
  return lexicon.sides.get(key)?.label ?? key;
}

function resolveSide(name: string, sides: ReadonlyMap<string, Side>, names: ReadonlyMap<string, SideName>): Side {
  return sides.get(name) ?? names.get(name.toLowerCase())?.side ?? { key: name, label: name };
}

function buildWordPattern(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((word) => escapeName(word));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'u');
}

function escapeName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`[\s-]+`);
}

function buildCountryWordKeys(): Map<string, string> {
  // A whole one-word name or demonym names its own side ("american"); the words of longer names
  // ("korea" of "North Korea", "South Korea") stand for every side that has them.
  const keys = new Map<string, string>();
  const sidesOfWord = new Map<string, Set<string>>();
  for (const side of GAZETTEER.sides) {
    for (const name of [...side.demonyms, ...side.names]) {
      const words = name.toLowerCase().replace(/\./g, '').split(/\s+/);
      if (words.length === 1 && words[0] !== undefined && !keys.has(words[0])) keys.set(words[0], side.key);
      for (const word of words) {
        if (['of', 'the', 'and'].includes(word)) continue;
        const sides = sidesOfWord.get(word) ?? new Set<string>();
        sides.add(side.key);
        sidesOfWord.set(word, sides);
      }
    }
  }
  for (const [word, sides] of sidesOfWord) if (!keys.has(word)) keys.set(word, [...sides].sort().join('|'));
  return keys;
}

function lastWord(name: string): string {
  return (name.toLowerCase().split(/\s+/).at(-1) ?? '').replace(/\.$/, '');
}

/** Lower-case country name → the gazetteer's shortest name for it not written in capitals ("Syria", "Yemen"). */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  GAZETTEER.sides.flatMap((side) => {
    // The shortest name not written in capitals ("Yemen", not "Republic of Yemen"); the first on a tie.
    const written = side.names.filter((name) => !/^[A-Z.]+$/.test(name));
    const display =
      written.reduce<string | null>((best, name) => (best === null || name.length < best.length ? name : best), null) ??
      side.names[0] ??
      side.label;
    return side.names.map((name) => [name.toLowerCase(), display] as const);
  }),
);

/**
 * The name a place is shown by when it is a gazetteer country, written in lower case
 * ("syrian arab republic" → "Syria"), or null. The same for every corpus: countries are the
 * gazetteer's, not the settings'.
 */
export function lookUpCountryName(lower: string): string | null {
  return COUNTRY_NAMES.get(lower) ?? null;
}
