import { DETERMINERS, ORGANISATION_WORDS } from '../words/speaker-words.js';
import type { SpeakerPhrase } from './classify-speaker-run.js';
import { createPersonLookup, type PersonLookup } from './create-person-lookup.js';
import type { Mention } from './find-mentions.js';
import { isRoleCompatible, roleKeys } from './is-role-compatible.js';
import { labelAnonymousSpeaker } from './label-anonymous-speaker.js';

/**
 * A speaker resolved to a name, with the role the report gives them. Both null for an unnamed speaker.
 * For an anonymous source ("a senior administration official") `speaker` is the report's own label
 * for them, and `isAnonymous` is true.
 */
export type ResolvedSpeaker = {
  readonly speaker: string | null;
  readonly role: string | null;
  readonly isAnonymous?: boolean;
};

const UNNAMED: ResolvedSpeaker = { speaker: null, role: null };
/** "the agency" may stand for any institution named before ("the State Border Service"). */
const GENERIC_INSTITUTIONS: ReadonlySet<string> = new Set([
  'agency',
  'body',
  'institution',
  'organisation',
  'organization',
  'service',
  'office',
]);

/** Where an attribution stands, and what the report names around it. */
export type SpeakerContext = {
  /** Offset of the speaker phrase (or of the attribution, for an implied subject). */
  readonly at: number;
  /** Everything the report names outside quotes (`findMentions`), in text order. */
  readonly mentions: readonly Mention[];
  /** `createPersonLookup(mentions)`, built once per report by the caller; built here when absent. */
  readonly people?: PersonLookup;
  /** Start of the window a pronoun may point back into: the previous paragraph's start. Default 0. */
  readonly windowStart?: number;
  /** Start of the attribution's paragraph. Default `windowStart`. */
  readonly paragraphStart?: number;
  /** Start of the attribution's sentence, where a pronoun is looked for first. Default `paragraphStart`. */
  readonly sentenceStart?: number;
  /**
   * The speaker of the last attributed quote in the same or the previous paragraph: a pronoun goes
   * on pointing at them when nobody is named in its window ("She added: “…” ¶ “…,” she said").
   */
  readonly previousSpeaker?: ResolvedSpeaker;
  /**
   * Where the report's sentences start, in order. With them, the one person who speaks stops
   * being the pointer's person once someone else is named in a later sentence ("Kirby said so.
   * Austin met Yoon. “…,” he said" → unnamed). Default: no sentence breaks known.
   */
  readonly sentenceStarts?: readonly number[];
};

/**
 * Resolves the speaker phrase of an attribution against what the report names (`mentions`, in
 * text order). Precision comes first: when the report does not settle who it is, the speaker is
 * left unnamed rather than guessed.
 * - a name → the fullest form of that name in the report, with its role ("Kirby" → "John F. Kirby");
 * - "he", "she", an implied subject (null: "…, remarking, “…”") → a person named before `at` in
 *   the nearest scope that names anyone: the sentence, else the paragraph, else the previous
 *   paragraph (never further). There: the only person named, else the only one who speaks ("X said
 *   …", or `previousSpeaker`) unless someone else is named in a later sentence than the one where
 *   they speak; two or more candidates, or an unnamed one ("a senior official") →
 *   unnamed; nobody named in the window → `previousSpeaker` (the report is still quoting them),
 *   else unnamed. A lone name
 *   counts as a person only when the report shows it is one (see `isPerson`);
 * - "they" → the nearest institution or group named before;
 * - "the minister", "the U.S. president" → the most recent person whose roles in the report fit
 *   the phrase (`isRoleCompatible`: title, nationality and office words agree), unless another
 *   person who might hold it (no role given, or the same title) is named after them and speaks, or
 *   another fitting person is named in the window: then unnamed;
 * - "the agency" → the nearest institution named before with that word, else (for generic words
 *   such as "agency" or "service") the nearest institution named before; "the Pentagon" → itself;
 * - "a senior official" and anything unresolved → unnamed.
 * Pure.
 */
export function resolveSpeaker(phrase: SpeakerPhrase | null, context: SpeakerContext): ResolvedSpeaker {
  const { at, mentions } = context;
  const people = context.people ?? createPersonLookup(mentions);
  const windowStart = context.windowStart ?? 0;
  const before = mentions.slice(0, countEndingBy(mentions, at));
  if (phrase === null || (phrase.kind === 'pronoun' && !phrase.isPlural)) {
    const paragraphStart = context.paragraphStart ?? windowStart;
    const sentenceStart = context.sentenceStart ?? paragraphStart;
    const previous = context.previousSpeaker ?? UNNAMED;
    // Nearest scope first: the sentence, then the paragraph, then the previous paragraph.
    for (const from of [sentenceStart, paragraphStart, windowStart]) {
      const found = resolvePointer(before, from, { people, previous, sentenceStarts: context.sentenceStarts ?? [] });
      if (found !== 'none') return orUnnamed(found);
    }
    return previous;
  }
  switch (phrase.kind) {
    case 'named':
      return resolveName(phrase, people);
    case 'pronoun': {
      const group = before.findLast((mention) => mention.kind === 'organisation' || mention.isPlural);
      return group?.kind === 'organisation' ? resolveOrganisation(group, before) : UNNAMED;
    }
    case 'descriptor': {
      if (phrase.isPlural) return UNNAMED;
      if (!phrase.isDefinite) return labelAnonymousSpeaker(phrase) ?? UNNAMED;
      const role = resolveRole(phrase.role ?? phrase.head, before, { windowStart, people });
      return role.speaker === null ? resolveAnonymousAgain(phrase, before, windowStart) : role;
    }
    case 'organisation':
      return resolveOrganisation(phrase, before);
  }
}

/**
 * A pronoun's person among the mentions after `from`: the only person named there, else the only
 * one there who speaks. 'none' when nobody is named there, null when it stays open.
 */
function resolvePointer(
  before: readonly Mention[],
  from: number,
  options: { people: PersonLookup; previous: ResolvedSpeaker; sentenceStarts: readonly number[] },
): ResolvedSpeaker | null | 'none' {
  const { people, previous, sentenceStarts } = options;
  const candidates = before.filter(
    (mention) => mention.start >= from && (isPerson(mention, people) || isUnnamedPerson(mention)),
  );
  if (candidates.length === 0) return 'none';
  const distinct = groupPeople(candidates, people);
  const only = distinct.length === 1 ? distinct[0] : undefined;
  // The person quoted just before speaks too ("Berg called it a “…”").
  const isPrevious = (mention: Mention) =>
    previous.speaker !== null && mention.kind === 'named' && people.isSame(previous.speaker, mention.name ?? '');
  const speakers = distinct.filter((group) => group.some((mention) => mention.isSpeaking || isPrevious(mention)));
  const speaker = speakers.length === 1 ? speakers[0] : undefined;
  const chosen = only ?? (speaker && !isNamedAfter(distinct, speaker, sentenceStarts) ? speaker : undefined);
  const person = chosen?.at(-1);
  if (person?.kind === 'descriptor') return person.isDefinite ? null : labelAnonymousSpeaker(person);
  return person?.kind === 'named' ? resolveName(person, people) : null;
}

/**
 * "the official" after "a senior administration official" in the same or the previous paragraph:
 * the same anonymous source, under its first label when the head word agrees ("official"), else
 * under the words of this attribution ("the senior staffer" after "one senior Senate aide"). Unnamed
 * when no anonymous source stands in that window (then "the minister" is someone the report never names).
 */
function resolveAnonymousAgain(
  phrase: SpeakerPhrase,
  before: readonly Mention[],
  windowStart: number,
): ResolvedSpeaker {
  const sources = before.filter(
    (mention) => mention.start >= windowStart && isUnnamedPerson(mention) && !mention.isDefinite,
  );
  const same = sources.findLast((mention) => mention.head === phrase.head);
  if (same) return labelAnonymousSpeaker(same) ?? UNNAMED;
  // "the senior staffer" after "one senior Senate aide": a role word in common, and the report's words for it here.
  const words = new Set(roleKeys(phrase.role ?? ''));
  const isAkin = sources.some((mention) => roleKeys(mention.role ?? '').some((word) => words.has(word)));
  return isAkin ? (labelAnonymousSpeaker(phrase) ?? UNNAMED) : UNNAMED;
}

/** "a senior official", "the minister": someone else, unless it restates a name beside it or has no determiner ("director"). */
function isUnnamedPerson(mention: Mention): boolean {
  const first = mention.text.split(/\s+/)[0]?.toLowerCase() ?? '';
  return (
    mention.kind === 'descriptor' &&
    !mention.isPlural &&
    !mention.isAppositive &&
    !mention.isObject &&
    DETERMINERS.has(first)
  );
}

/** True when someone other than `speaker` is named in a sentence after the one where `speaker` last speaks. */
function isNamedAfter(distinct: readonly Mention[][], speaker: readonly Mention[], sentenceStarts: readonly number[]) {
  const spoke = speaker.findLast((mention) => mention.isSpeaking) ?? speaker.at(-1);
  if (!spoke) return false;
  const nextSentence = sentenceStarts.find((start) => start > spoke.start) ?? Number.POSITIVE_INFINITY;
  return distinct.some((group) => group !== speaker && group.some((mention) => mention.start >= nextSentence));
}

/** How many mentions (in text order, so ending in order) end at or before `at`: a binary search. */
function countEndingBy(mentions: readonly Mention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as Mention).end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function orUnnamed(resolved: ResolvedSpeaker | null | 'none'): ResolvedSpeaker {
  return resolved === null || resolved === 'none' ? UNNAMED : resolved;
}

/** Mentions of the same person together (names by `isSamePerson`; each unnamed one apart), in text order. */
function groupPeople(mentions: readonly Mention[], people: PersonLookup): Mention[][] {
  const groups: Mention[][] = [];
  for (const mention of mentions) {
    const group =
      mention.kind === 'named'
        ? groups.find((known) => known[0]?.kind === 'named' && people.isSame(known[0].name ?? '', mention.name ?? ''))
        : undefined;
    if (group) group.push(mention);
    else groups.push([mention]);
  }
  return groups;
}

function resolveRole(
  role: string,
  before: readonly Mention[],
  options: { windowStart: number; people: PersonLookup },
): ResolvedSpeaker {
  const { windowStart, people } = options;
  const rolesOf = (mention: Mention) => rolesOfPerson(mention, people);
  const fits = (mention: Mention) => mention.kind === 'named' && isRoleCompatible(role, rolesOf(mention));
  const candidate = before.findLast(fits);
  if (!candidate) return UNNAMED;
  const others = before.filter(
    (mention) =>
      mention.kind === 'named' && isPerson(mention, people) && !people.isSame(mention.name ?? '', candidate.name ?? ''),
  );
  const title = roleKeys(role).at(-1) ?? '';
  // Rule: someone else who might hold the office, speaking after the candidate, makes "the president" open.
  const isRival = (mention: Mention) => {
    const roles = rolesOf(mention).flatMap(roleKeys);
    return roles.length === 0 || roles.includes(title);
  };
  const hasRival =
    others.some((mention) => mention.start > candidate.end && mention.isSpeaking && isRival(mention)) ||
    others.some((mention) => mention.start >= windowStart && fits(mention));
  return hasRival ? UNNAMED : resolveName(candidate, people);
}

/** Every role the report gives a person, wherever it names them. */
function rolesOfPerson(person: Mention, people: PersonLookup): string[] {
  return people.sameAs(person.name ?? '').flatMap((mention) => (mention.role === null ? [] : [mention.role]));
}

function resolveName(phrase: SpeakerPhrase, people: PersonLookup): ResolvedSpeaker {
  const name = phrase.name ?? phrase.text;
  const same = people.sameAs(name);
  const fullest = same.reduce<SpeakerPhrase>(
    (best, mention) => (isFuller(mention, best, people) ? mention : best),
    phrase,
  );
  const bestName = fullest.name ?? name;
  const group = people.sameAs(bestName);
  const role = phrase.role ?? group.reduce<string | null>((best, mention) => longer(mention.role, best), null);
  return { speaker: bestName, role };
}

function resolveOrganisation(phrase: SpeakerPhrase, before: readonly SpeakerPhrase[]): ResolvedSpeaker {
  const isProper = /\p{Lu}/u.test(phrase.name ?? '');
  if (isProper) return { speaker: phrase.name, role: null };
  if (!phrase.isDefinite) return UNNAMED;
  const named = before.filter((mention) => mention.kind === 'organisation' && /\p{Lu}/u.test(mention.name ?? ''));
  const match =
    named.findLast((mention) => (mention.name ?? '').toLowerCase().split(/\s+/).includes(phrase.head)) ??
    (GENERIC_INSTITUTIONS.has(phrase.head)
      ? named.findLast((mention) => ORGANISATION_WORDS.has(mention.head))
      : undefined);
  return match ? { speaker: match.name, role: null } : UNNAMED;
}

/**
 * A named mention is a person to point back at when the report shows it is one: a name of two
 * words or more, a role, a fuller form elsewhere in the report, or a speech verb of its own.
 */
function isPerson(mention: Mention, people: PersonLookup): boolean {
  if (mention.kind !== 'named') return false;
  if (mention.role !== null || mention.isSpeaking || people.foldName(mention.name ?? '').length > 1) return true;
  return people
    .sameAs(mention.name ?? '')
    .some((other) => other.role !== null || people.foldName(other.name ?? '').length > 1);
}

/** More words, then more characters; ties keep the earlier mention, so the choice is stable. */
function isFuller(candidate: SpeakerPhrase, best: SpeakerPhrase, people: PersonLookup): boolean {
  const a = people.foldName(candidate.name ?? '').length;
  const b = people.foldName(best.name ?? '').length;
  if (a !== b) return a > b;
  return (candidate.name ?? '').length > (best.name ?? '').length;
}

function longer(role: string | null, best: string | null): string | null {
  if (role === null) return best;
  if (best === null || role.length > best.length) return role;
  return best;
}
