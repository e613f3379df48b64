import type { FigureKind } from '../extract/figures/figure.js';
import { measureEditDistance } from '../extract/words/measure-edit-distance.js';

/** What a free question asks of the figures: casualties or troops, and the category words it names. */
export type FigureIntent = {
  /** `casualties`, `troops`, or null when the question asks about neither. */
  readonly kind: FigureKind | null;
  /** Category words of the figure filter ("killed", "wounded", "captured", …), in a fixed order. */
  readonly categories: readonly string[];
  /** The question's words that carried the intent, lower-cased, as written. */
  readonly words: readonly string[];
};

/**
 * Casualty words and the category each selects (null: casualties of any category). Every
 * inflection, and the misspellings a desk types most ("kiled", "casualities", "injurd").
 */
const CASUALTY_WORDS: readonly (readonly [RegExp, string | null])[] = [
  [
    /^(?:kill(?:s|ed|ing|ings)?|kil+e?d|kild|kil+in[g']?|die[sd]?|dy(?:ing|in)|dead|deaths?|deaht?s|fatalit(?:y|ies))$/,
    'killed',
  ],
  [/^(?:wound(?:s|ed|ing)?|wou?n?dd?ed|wonded|woundd|wunded|injur(?:e|es|ed|ing|y|ies)|injurd|injuried)$/, 'wounded'],
  [/^(?:captur(?:e|es|ed|ing)|captives?|prisoners?|pows?|taken prisoner)$/, 'captured'],
  [/^missing$/, 'missing'],
  [/^(?:casualt(?:y|ies)|casual(?:i)?ties|casulat(?:y|ies)|causalt(?:y|ies)|casult(?:y|ies)|losses|toll)$/, null],
];
/** The spelled-out forms a misspelling is measured against (one edit away, words of six letters or more). */
const CASUALTY_FORMS: readonly (readonly [string, string | null])[] = [
  ['killed', 'killed'],
  ['wounded', 'wounded'],
  ['injured', 'wounded'],
  ['captured', 'captured'],
  ['casualties', null],
  ['fatalities', 'killed'],
];
/** Troop words: verbs of sending and calling up, with the category each selects (null: any). */
const TROOP_WORDS: readonly (readonly [RegExp, string | null])[] = [
  [
    /^(?:send(?:s|ing)?|sent|deploy(?:s|ed|ing|ments?)?|deployd|dispatch(?:es|ed|ing)?|mobili[sz](?:e|es|ed|ing|ation)|reservists?|stationed)$/,
    null,
  ],
  [/^(?:train(?:s|ed|ing)?)$/, 'trained'],
  [/^(?:additional|further|reinforcements?)$/, 'additional'],
  [/^(?:plann(?:ed|ing)|plans?)$/, 'planned'],
];
/** Nouns that make a question about people under arms ("troops", "soldiers"). */
const TROOP_NOUNS = /^(?:troops?|soldiers?|forces|personnel|servicemen|reservists?|units?)$/;
/** "call up", "called up", "calling up": a troop verb of two words. */
const CALL_UP = /\bcall(?:s|ed|ing)?\s+up\b/;
const CATEGORY_ORDER = ['killed', 'wounded', 'captured', 'missing', 'trained', 'additional', 'planned'];

/**
 * Reads whether a free question asks for casualty or troop figures, by its words alone:
 *
 * 1. Casualty words (die, kill, wound, injure, casualty, death toll: every inflection and common
 *    misspelling, and any other word one edit from "killed", "wounded", "injured", "captured",
 *    "casualties" or "fatalities") make it a casualty question; each names its category.
 * 2. Otherwise troop verbs (send, deploy, dispatch, mobilise/mobilize, call up, reservists) with a
 *    troop noun ("troops", "soldiers", "forces"), or a count ("how many") of a troop noun, make it
 *    a troop question; "trained", "additional", "planned" name a category.
 *
 * "Dying" is a casualty word, so "how many soldiers are dying" asks for casualties. Deterministic;
 * `kind` is null when neither applies (the question is searched).
 *
 * @example
 * readFigureIntent('how many soldiers were kiled or wonded?');
 * // { kind: 'casualties', categories: ['killed', 'wounded'], words: ['kiled', 'wonded'] }
 */
export function readFigureIntent(question: string): FigureIntent {
  const lower = question.toLowerCase();
  const words = lower.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word !== '');
  const casualty = readWords(words, CASUALTY_WORDS, CASUALTY_FORMS);
  if (casualty.words.length > 0) return { kind: 'casualties', ...casualty };
  const troop = readWords(words, TROOP_WORDS, []);
  const hasTroopNoun = words.some((word) => TROOP_NOUNS.test(word));
  const hasVerb = troop.words.length > 0 || CALL_UP.test(lower);
  const isCount = /\bhow many\b|\bnumber of\b/.test(lower);
  if (hasTroopNoun && (hasVerb || isCount)) {
    return {
      kind: 'troops',
      categories: troop.categories,
      words: CALL_UP.test(lower) ? [...troop.words, 'call up'] : troop.words,
    };
  }
  if (words.some((word) => /^(?:reservists?|mobili[sz](?:e|es|ed|ing|ation))$/.test(word))) {
    return { kind: 'troops', ...troop };
  }
  return { kind: null, categories: [], words: [] };
}

function readWords(
  words: readonly string[],
  patterns: readonly (readonly [RegExp, string | null])[],
  forms: readonly (readonly [string, string | null])[],
): { categories: string[]; words: string[] } {
  const categories = new Set<string>();
  const found: string[] = [];
  for (const word of words) {
    const pattern = patterns.find(([regex]) => regex.test(word));
    const form = pattern
      ? undefined
      : word.length >= 6
        ? forms.find(([spelled]) => isOneEditAway(word, spelled))
        : undefined;
    const hit = pattern ?? form;
    if (hit === undefined) continue;
    if (!found.includes(word)) found.push(word);
    if (hit[1] !== null) categories.add(hit[1]);
  }
  return { categories: CATEGORY_ORDER.filter((category) => categories.has(category)), words: found };
}

function isOneEditAway(word: string, spelled: string): boolean {
  return word !== spelled && measureEditDistance(word, spelled, 1) <= 1;
}
