import type { SpeakerPhrase } from './classify-speaker-run.js';
import type { Mention } from './find-mentions.js';
import { isSamePerson } from './is-same-person.js';
import { normalisePersonName } from './normalise-person-name.js';
import { ORGANISATION_WORDS } from './speaker-words.js';

/** A speaker resolved to a name, with the role the report gives them. Both null for an unnamed speaker. */
export type ResolvedSpeaker = { readonly speaker: string | null; readonly role: string | null };

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

/**
 * Resolves the speaker phrase of an attribution at offset `at` against what the report names
 * (`mentions`, from `findMentions`, in text order):
 * - a name → the fullest form of that name in the report, with its role ("Kirby" → "John F. Kirby");
 * - "he", "she" or an implied subject (null) → the nearest person named before `at`, unless that
 *   person is unnamed ("a senior official"), which leaves the speaker unnamed; a lone name counts
 *   as a person only when the report shows it is one (see `isPerson`), so "visited Lviv" is passed over;
 * - "they" → the nearest institution or group named before;
 * - "the minister", "the spokesman" → the nearest person named before whose role has that title;
 * - "the agency" → the nearest institution named before with that word, else (for generic words
 *   such as "agency" or "service") the nearest institution named before; "the Pentagon" → itself;
 * - "a senior official" and anything unresolved → unnamed.
 * Pure.
 */
export function resolveSpeaker(
  phrase: SpeakerPhrase | null,
  at: number,
  mentions: readonly Mention[],
): ResolvedSpeaker {
  const before = mentions.filter((mention) => mention.end <= at);
  if (phrase === null || (phrase.kind === 'pronoun' && !phrase.isPlural)) {
    const person = before.findLast(
      (mention) => isPerson(mention, mentions) || (mention.kind === 'descriptor' && !mention.isPlural),
    );
    return person?.kind === 'named' ? resolveName(person, mentions) : UNNAMED;
  }
  switch (phrase.kind) {
    case 'named':
      return resolveName(phrase, mentions);
    case 'pronoun': {
      const group = before.findLast((mention) => mention.kind === 'organisation' || mention.isPlural);
      return group?.kind === 'organisation' ? resolveOrganisation(group, before) : UNNAMED;
    }
    case 'descriptor': {
      if (!phrase.isDefinite || phrase.isPlural) return UNNAMED;
      const title = phrase.head;
      const person = before.findLast(
        (mention) => mention.kind === 'named' && (mention.role ?? '').toLowerCase().split(/\s+/).includes(title),
      );
      return person ? resolveName(person, mentions) : UNNAMED;
    }
    case 'organisation':
      return resolveOrganisation(phrase, before);
  }
}

function resolveName(phrase: SpeakerPhrase, mentions: readonly Mention[]): ResolvedSpeaker {
  const name = phrase.name ?? phrase.text;
  const same = mentions.filter((mention) => mention.kind === 'named' && isSamePerson(name, mention.name ?? ''));
  const fullest = same.reduce((best, mention) => (isFuller(mention, best) ? mention : best), phrase);
  const bestName = fullest.name ?? name;
  const group = same.filter((mention) => isSamePerson(bestName, mention.name ?? ''));
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
function isPerson(mention: Mention, mentions: readonly Mention[]): boolean {
  if (mention.kind !== 'named') return false;
  if (mention.role !== null || mention.isSpeaking || normalisePersonName(mention.name ?? '').length > 1) return true;
  return mentions.some(
    (other) =>
      other.kind === 'named' &&
      (other.role !== null || normalisePersonName(other.name ?? '').length > 1) &&
      isSamePerson(other.name ?? '', mention.name ?? ''),
  );
}

/** More words, then more characters; ties keep the earlier mention, so the choice is stable. */
function isFuller(candidate: SpeakerPhrase, best: SpeakerPhrase): boolean {
  const a = normalisePersonName(candidate.name ?? '').length;
  const b = normalisePersonName(best.name ?? '').length;
  if (a !== b) return a > b;
  return (candidate.name ?? '').length > (best.name ?? '').length;
}

function longer(role: string | null, best: string | null): string | null {
  if (role === null) return best;
  if (best === null || role.length > best.length) return role;
  return best;
}
