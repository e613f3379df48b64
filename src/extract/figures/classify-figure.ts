import type { FigureToken } from '../words/tokenize-figure-text.js';
import type { FigureCategory, FigureKind } from './figure.js';
import type { Amount } from './find-amounts.js';
import type { CountedNoun } from './find-counted-noun.js';

/** The kind and category of a figure. */
export type FigureClass = { readonly kind: FigureKind; readonly category: FigureCategory };

type Cue = {
  readonly start: number;
  readonly end: number;
  readonly category: FigureCategory;
  /** An active verb ("killing", "wounded"): it counts only the figure after it, its object. */
  readonly isActive: boolean;
};

// Longer cues come first: a cue inside an earlier, longer one is dropped ("killed" in "killed or wounded").
const CUES: readonly (readonly [RegExp, FigureCategory])[] = [
  [
    /\b(?:killed|dead|deaths?|died)(?:\s+in\s+action)?(?:\s*,\s*(?:wounded|injured)\s*,?\s+(?:or|and)\s+(?:captured|missing)|\s*(?:,|\s+or|\s+and|\s+and\/or)\s+(?:the\s+)?(?:wounded|injured|injuries))\b/gi,
    'killed_or_wounded',
  ],
  [/\b(?:wounded|injured)\s+(?:or|and)\s+(?:killed|dead)\b/gi, 'killed_or_wounded'],
  [
    /\b(?:plans?|planned|planning|intends?|intended|intending|expected|expects?|preparing|prepares?|prepared|ready|could|may|might|will|would)\s+(?:to\s+)?(?:be\s+)?(?:send|sent|deploy|deployed|dispatch|dispatched)\b/gi,
    'planned',
  ],
  [/\bto\s+be\s+(?:sent|deployed|dispatched)\b/gi, 'planned'],
  [/\b(?:kill(?:s|ing)?)\s+(?:or|and)\s+(?:wound(?:s|ing)?|injur(?:e|es|ing))\b/gi, 'killed_or_wounded'],
  [/\b(?:death\s+toll|lost\s+their\s+lives|(?:are|were|is|was|been)\s+dying)\b/gi, 'killed'],
  [/\b(?:casualt(?:y|ies)|losses|loss|lost)\b/gi, 'killed_or_wounded'],
  [/\b(?:killed|dead|deaths?|died|fatalities|perished|slain)\b/gi, 'killed'],
  [/\b(?:wounded|injured|injuries|hospitali[sz]ed)\b/gi, 'wounded'],
  [/\b(?:kill|kills|killing)\b/gi, 'killed'],
  [/\b(?:wounding|injuring|injures?)\b/gi, 'wounded'],
  [/\b(?:captured|taken\s+prisoner|prisoners?(?:\s+of\s+war)?|POWs?|captives?|surrendered)\b/gi, 'captured'],
  [/\b(?:missing|unaccounted\s+for|MIA)\b/g, 'missing'],
  [
    /\b(?:displaced|homeless|evacuated|evacuees|refugees|fled(?:\s+their\s+homes)?|(?:forced|driven)\s+(?:from|out\s+of)\s+their\s+homes|uprooted)\b/gi,
    'displaced',
  ],
  [
    /\b(?:mobili[sz]ed|mobili[sz]ing|mobili[sz]ation|mobili[sz]es?|called\s+up|call(?:ing|s)?\s+up|conscripted|conscripts|conscription|drafted)\b/gi,
    'mobilised',
  ],
  [
    /\b(?:additional|further|another|extra|reinforcements?|new\s+(?:deployments?|troops|contingent|wave|batch|units))\b/gi,
    'additional',
  ],
  [/\b(?:sent|deployed|dispatched)\s+(?:\p{Ll}+\s+)?(?:for|to)\s+(?:training|be\s+trained)\b/giu, 'trained'],
  [/\b(?:trained|training)\b/gi, 'trained'],
  [
    /\b(?:sent|send|sending|sends|deployed|deploy|deploying|deployments?|dispatched|dispatch|dispatching|stationed|transferred|arrived|fighting|fought|involved\s+in\s+combat|in\s+combat|engaged|on\s+the\s+front(?:\s*lines?)?|at\s+the\s+front)\b/gi,
    'deployed',
  ],
];
/** A deployment told relative to an earlier one is an additional one, wherever it sits in the sentence. */
const AFTER_EARLIER =
  /\b(?:following|after|in\s+addition\s+to|on\s+top\s+of)\s+(?:the\s+|an\s+|its\s+)?(?:initial|first|earlier|previous|original)\s+(?:contingent|deployment|wave|batch|group|dispatch)/i;
const WHOLE_AFTER_PART =
  /(?:%|\bper\s?cent|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|majority|most|many|some|all|none))\s+of\s+(?:the\s+|its\s+|their\s+|an\s+estimated\s+|some\s+|about\s+|around\s+)*$/i;
const TROOP_CATEGORIES: ReadonlySet<FigureCategory> = new Set([
  'deployed',
  'mobilised',
  'trained',
  'additional',
  'planned',
]);
const TROOP_PRIORITY: readonly FigureCategory[] = ['planned', 'additional', 'trained', 'mobilised', 'deployed'];
const BOUNDARY = /,\s|;\s|\s[—–-]\s|:\s|[()]/g;
const MILITARY_WORD =
  /\b(?:troops?|soldiers?|servicemen|personnel|forces|fighters|men|contingent|reservists|conscripts|recruits)\b/i;
const MAX_TOKENS = 15;
/** The active forms of the casualty verbs: "killing 40", "would kill 12", "injuring 9". */
const ACTIVE = /^(?:kill|kills|killing|wounding|injuring|injures?)(?:\s|$)/i;
/**
 * A list of parties between a verb and the amount: "killed a soldier, a medic and at least 10
 * civilians". Its commas join the objects of one verb; they do not end its clause.
 */
const LIST_BEFORE =
  /^\s+(?:(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+[^,;:()—–]{1,40}?,\s+)+(?:(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+[^,;:()—–]{1,40}?,?\s+)?and\s+(?:(?:at\s+least|more\s+than|about|some|nearly|almost|around|over|another)\s+)?$/i;
/** An amount, up to three words of its noun, then the cue: "113 Palestinians killed", "40 people dead". */
const JOINED = /\b(?:and|or|but|while|whereas|as|with|including)\b/i;
const PREDICATE_JOINER = /\b(?:and|but|while|whereas)\s+/gi;
/** Words that may stand between "and" and an amount that is still the verb's object. */
const QUALIFIERS =
  /^(?:(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|as\s+many\s+as|up\s+to|over|under|about|around|some|nearly|almost|another|a\s+further|an\s+estimated|estimated|the|a|an|\p{Ll}+ly)\s+)*$/iu;
const OWN_CUE_BEFORE = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/**
 * What may stand between a figure (with its noun) and a cue after it: auxiliaries, hedges and a
 * place ("3,000 troops in Kursk have reportedly been killed"). "Ten thousand pales in comparison to
 * those casualties" is not linked: the casualties are someone else's number.
 */
const LINK =
  /^(?:\s|,|(?:have|has|had|been|were|was|are|is|be|being|reportedly|already|now|either|allegedly|likely|may|might|could|also|believed|thought|feared|estimated|said|reported|confirmed|to|so|far|in\s+total|all|who|which|that|of|them|whom|each|in|at|near|around|inside|the|\p{Ll}+ly|\p{Lu}[\p{L}'’-]*|region|oblast|area|front|border)\b)*$/u;

/**
 * Decides whether an amount is a casualty or a troop figure, and of which category, from the
 * words around it in its sentence: the nearest cue in the same clause (cues across a clause
 * boundary count only when the clause has none and they are close); "3,000 of the 11,000 …" takes
 * the clause's last cue; for troops, planned > additional > trained > deployed among the clause's
 * troop cues. A count of soldiers with no cue is `deployed`. Returns null when the amount is not
 * about people killed, wounded, captured, missing or deployed.
 *
 * `noun` is what the amount counts (see `findCountedNoun`); `amounts` are all the sentence's amounts.
 */
export function classifyFigure(
  text: string,
  tokens: readonly FigureToken[],
  options: {
    readonly amount: Amount;
    readonly amounts: readonly Amount[];
    readonly noun: CountedNoun | null;
    /** End of the counted noun ("3,000 North Korean troops"), or the amount's end when none. */
    readonly nounEnd: number;
  },
): FigureClass | null {
  const { amount, amounts, noun, nounEnd } = options;
  const partitive = findPartitiveWhole(text, amount, amounts);
  // "80% of the 10,000 troops were killed": the casualty words count the part, not the whole.
  const isWhole = WHOLE_AFTER_PART.test(text.slice(Math.max(0, amount.start - 60), amount.start));
  const hasOwnVerb = hasOwnVerbAfter(text.slice(nounEnd));
  const cues = findCues(text)
    .filter((cue) => !isWhole || TROOP_CATEGORIES.has(cue.category))
    .filter(
      (cue) =>
        (cue.end <= amount.start && !hasOwnVerb && !isBeyondPredicate(text, cue, amount, amounts)) ||
        (cue.start >= amount.end &&
          !cue.isActive &&
          (partitive !== null || isLinked(text.slice(nounEnd, Math.max(nounEnd, cue.start))))),
    );
  const scored = cues
    .filter((cue) => partitive === null || cue.start >= partitive.end)
    .map((cue) => ({
      cue,
      boundaries: isListBefore(text, amount, cue) ? 0 : countBoundaries(text, amount, cue),
      distance: tokenDistance(tokens, amount, cue),
    }))
    .filter(
      ({ boundaries, distance }) => distance <= MAX_TOKENS && (boundaries === 0 || (boundaries === 1 && distance <= 6)),
    );
  const sameClause = scored.filter(({ boundaries }) => boundaries === 0);
  const reachable = sameClause.length > 0 ? sameClause : scored;
  // "113 killed while 840 were wounded": each figure's own words win over its neighbour's.
  const owned = reachable.filter(({ cue }) => !isOthers(text, cue, { amount, amounts, partitive }));
  const pool = owned.length > 0 ? owned : reachable;
  // "additional", "further", "more" only refine a troop figure: "a further 1,000 were wounded" is a casualty.
  const ordered = pool
    .filter(({ cue }) => cue.category !== 'additional')
    .toSorted((a, b) =>
      partitive !== null ? b.cue.start - a.cue.start : a.distance - b.distance || b.cue.start - a.cue.start,
    );
  const category = ordered[0]?.cue.category ?? (noun === 'military' ? 'deployed' : null);
  if (category === null) return null;
  if (!TROOP_CATEGORIES.has(category)) return { kind: 'casualties', category };
  if (noun === null && !MILITARY_WORD.test(text)) return null;
  const refinements = new Set(
    pool
      .filter(({ cue, distance }) => TROOP_CATEGORIES.has(cue.category) && distance <= 8)
      .map(({ cue }) => cue.category),
  );
  if (/^\s+more\b/i.test(text.slice(amount.end)) && !/^\s+more\s+than\b/i.test(text.slice(amount.end))) {
    refinements.add('additional');
  }
  if (AFTER_EARLIER.test(text)) refinements.add('additional');
  return { kind: 'troops', category: TROOP_PRIORITY.find((c) => c === category || refinements.has(c)) ?? category };
}

/**
 * True when a cue belongs to another figure of the sentence: it follows an earlier amount and its
 * noun directly ("113 Palestinians killed"), or it lies beyond the next amount.
 */
function isOthers(
  text: string,
  cue: Cue,
  at: { readonly amount: Amount; readonly amounts: readonly Amount[]; readonly partitive: Amount | null },
): boolean {
  const { amount, amounts, partitive } = at;
  if (cue.end <= amount.start) {
    return amounts.some((other) => {
      const between = text.slice(other.end, cue.start);
      return other.end <= cue.start && OWN_CUE_BEFORE.test(between) && !JOINED.test(between);
    });
  }
  const next = amounts.find((other) => other.start >= (partitive?.end ?? amount.end));
  return next !== undefined && cue.start >= next.end;
}

/**
 * True when another amount stands between a cue and the amount, and a new verb joined by "and",
 * "but" or "while" follows it: in "killed 50,000 people and left 2 million in need" the 2 million
 * are not killed. "killed 12 villagers and at least 30 tourists" is one verb's list of objects.
 */
function isBeyondPredicate(text: string, cue: Cue, amount: Amount, amounts: readonly Amount[]): boolean {
  return amounts.some((other) => {
    if (other.start < cue.end || other.end > amount.start) return false;
    const joined = [...text.slice(other.end, amount.start).matchAll(PREDICATE_JOINER)].at(-1);
    if (joined === undefined) return false;
    const tail = text.slice(other.end + joined.index + joined[0].length, amount.start);
    return /^[\p{L}\s'’-]+$/u.test(tail) && !QUALIFIERS.test(tail);
  });
}

/** "… and 200 people were trapped": the amount is the subject of its own passive verb. */
const OWN_PASSIVE = /^\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+(\p{Ll}+)/u;

/**
 * True when the amount is the subject of its own passive verb that is no cue ("180 people were
 * killed and 200 people were trapped"): a cue before it ("killed") belongs to another figure.
 */
function hasOwnVerbAfter(afterNoun: string): boolean {
  const verb = OWN_PASSIVE.exec(afterNoun)?.[1];
  return verb !== undefined && /(?:ed|en)$/.test(verb) && findCues(verb).length === 0;
}

function isLinked(between: string): boolean {
  return LINK.test(between.replace(/\d,\d/g, ''));
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const mayTrain = /train/i.test(text);
  for (const [pattern, category] of CUES) {
    // The "sent for training" pattern is slow on long sentences; it needs the word "train…".
    if (category === 'trained' && !mayTrain) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!cues.some((cue) => cue.start < end && start < cue.end)) {
        cues.push({ start, end, category, isActive: ACTIVE.test(match[0]) });
      }
    }
  }
  return cues;
}

/** For "3,000 of the 11,000 troops …", the amount after "of": its cues belong to it, not to the part. */
function findPartitiveWhole(text: string, amount: Amount, amounts: readonly Amount[]): Amount | null {
  const next = amounts.find((other) => other.start >= amount.end);
  if (next === undefined) return null;
  const between = text.slice(amount.end, next.start);
  return /^\s+of\s+(?:the\s+|its\s+|their\s+|those\s+|an\s+estimated\s+|some\s+|about\s+|around\s+)*$/i.test(between)
    ? next
    : null;
}

/** True when the cue is a verb before the amount and what lies between is a list of its objects. */
function isListBefore(text: string, amount: Amount, cue: Cue): boolean {
  return cue.end <= amount.start && LIST_BEFORE.test(text.slice(cue.end, amount.start));
}

function countBoundaries(text: string, amount: Amount, cue: Cue): number {
  const from = Math.min(amount.end, cue.end);
  const to = Math.max(amount.start, cue.start);
  const between = text.slice(from, to).replace(/\d,\d/g, '');
  return [...between.matchAll(BOUNDARY)].length;
}

function tokenDistance(tokens: readonly FigureToken[], amount: Amount, cue: Cue): number {
  const from = Math.min(amount.end, cue.end);
  const to = Math.max(amount.start, cue.start);
  return tokens.filter((token) => token.start >= from && token.end <= to && token.type !== 'mark').length;
}
