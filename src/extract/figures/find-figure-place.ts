import { lookUpCountryName, lookUpSideName, type SideLexicon } from '../sides/side-lexicon.js';
import { MONTH_NAMES } from '../words/month-names.js';

/** What `findFigurePlace` reads beside the sentence: the figure's span and its neighbours'. */
export type FigurePlaceContext = {
  /** Start and end of the figure's amount in the sentence. */
  readonly start: number;
  readonly end: number;
  /** End of the amount before it in the sentence (0 when none) and start of the next (the sentence's length when none). */
  readonly previousEnd: number;
  readonly nextStart: number;
  /** The corpus's sides and places (`buildSideLexicon`): gazetteer names and the settings' search aliases. */
  readonly lexicon: SideLexicon;
};

/**
 * "in Gaza", "inside the Kherson region", "across Syria", "near Bakhmut": a place preposition (its
 * first letter in either case: "In Aleppo, …"), an optional "the", a run of capitalised words, and an optional generic area noun after it.
 */
const PLACE_PHRASE =
  /\b(?:[Ii]n|[Ii]nside|[Aa]cross|[Tt]hroughout|[Nn]ear|[Oo]utside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(region|oblast|province|governorate|district|county|prefecture|area|state|city))?/gu;
/** The area nouns `PLACE_PHRASE` reads after a name. */
const AREA_NOUNS = new Set([
  'region',
  'oblast',
  'province',
  'governorate',
  'district',
  'county',
  'prefecture',
  'area',
  'state',
  'city',
]);
/** Area nouns that name the same place as the name alone ("Kursk region", "Kursk Oblast", "Kursk"). */
const SAME_AS_NAME = new Set(['region', 'oblast', 'province', 'area']);
/** A verb of saying or publishing right before the preposition: where a claim was made, not where the dead fell. */
const SAID_BEFORE =
  /\b(?:said|says|told|telling|speaking|spoke|reported|published|announced|briefing|interview|appearing|wrote|posted|testified|testifying|statement)\s*(?:\p{L}+\s+){0,2}$/iu;
/** Where one clause ends and another begins: a place beyond it is another clause's ("troops stationed in Russia …, claims of 500"). */
const CLAUSE_BREAK = /[;:—–()]|,\s/;
/** Capitalised words after a preposition that are times, bodies, events or media, never places. */
const NOT_PLACES = new Set(
  [
    ...MONTH_NAMES,
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'congress',
    'parliament',
    'senate',
    'house',
    'court',
    'english',
    'hurricane',
    'storm',
    'typhoon',
    'cyclone',
    'operation',
    'journal',
    'new york times',
    'times',
    'post',
    'god',
  ].map((word) => word.toLowerCase()),
);
/**
 * Where a figure's sentence says the counted people were: the place named by "in", "inside",
 * "across", "throughout", "near" or "outside" nearest the figure in its own clause, after it first
 * ("300 were killed in Gaza"), then before it; a place that opens the sentence reaches past its
 * comma ("In Aleppo, 40 …"). Never past a neighbouring figure, and never from another clause
 * ("troops stationed in Russia have …, following claims of 500 deaths" names no place for the 500).
 * After a possessive, the place is the one owned ("in Russia's Kursk region" → "Kursk"). The place is
 * normalised: a corpus search alias gives its label ("Kursk Oblast" → "Kursk region"), a gazetteer
 * country its name ("Syrian Arab Republic" → "Syria"), and an area noun that means the place itself
 * is dropped ("Kherson region", "Kherson Oblast" → "Kherson"); any other name is kept as written.
 *
 * Returns null when the sentence names no place for the figure, when the name is a demonym, a
 * month, a body or an event ("in December", "in Congress", "in Hurricane Maria"), or when the place
 * is where a claim was made ("said in Washington"). Pure and deterministic.
 *
 * @example
 * findFigurePlace('At least 40 people were killed in the Kherson region.', { start: 9, end: 11, previousEnd: 0, nextStart: 53, lexicon }); // 'Kherson'
 */
export function findFigurePlace(sentence: string, context: FigurePlaceContext): string | null {
  let after: { readonly at: number; readonly place: string } | null = null;
  let before: { readonly at: number; readonly place: string } | null = null;
  for (const match of sentence.matchAll(PLACE_PHRASE)) {
    if (match.index < context.previousEnd || match.index >= context.nextStart) continue;
    if (match.index >= context.start && match.index < context.end) continue;
    if (SAID_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
    const place = normalisePlace(match[1] ?? '', match[2] ?? null, context.lexicon);
    if (place === null) continue;
    if (match.index >= context.end) {
      if (!CLAUSE_BREAK.test(sentence.slice(context.end, match.index))) after ??= { at: match.index, place };
    } else if (match.index === 0 || !CLAUSE_BREAK.test(sentence.slice(match.index, context.start))) {
      before = { at: match.index, place };
    }
  }
  return after?.place ?? before?.place ?? null;
}

function normalisePlace(written: string, areaNounAfter: string | null, lexicon: SideLexicon): string | null {
  // "Russia's Kursk region": the place is the one after the possessive.
  const owned = written.split(/['’]s\s+/).at(-1) ?? written;
  const trimmed = owned.replace(/['’]s?$/, '').replace(/[.,]$/, '');
  // "Kursk Oblast": a capitalised area noun is still the area noun.
  const words = trimmed.split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? '';
  const isAreaLast = areaNounAfter === null && words.length > 1 && AREA_NOUNS.has(last);
  const name = isAreaLast ? words.slice(0, -1).join(' ') : trimmed;
  const areaNoun = isAreaLast ? last : areaNounAfter;
  const lower = name.toLowerCase();
  const firstWord = lower.split(/\s+/)[0] ?? '';
  if (name.length === 0 || NOT_PLACES.has(lower) || NOT_PLACES.has(firstWord)) return null;
  const noun = areaNoun?.toLowerCase() ?? null;
  const phrase = noun === null ? lower : `${lower} ${noun}`;
  const alias = lexicon.places.get(phrase) ?? lexicon.places.get(lower);
  if (alias !== undefined) return stripSameArea(alias);
  const country = lookUpCountryName(lower);
  if (country !== null) return country;
  // A demonym or a story alias (a leader, an army) is a side, not a place: "in Russian captivity", "in Kremlin talks".
  const side = lookUpSideName(lexicon, name);
  if (side !== null && side.kind !== 'name') return null;
  if (noun === null || SAME_AS_NAME.has(noun)) return name;
  return `${name} ${noun}`;
}

/** "Kursk region" → "Kursk": an area noun that names the place itself is not part of the key. */
function stripSameArea(label: string): string {
  const words = label.split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? '';
  return words.length > 1 && SAME_AS_NAME.has(last) ? words.slice(0, -1).join(' ') : label;
}
