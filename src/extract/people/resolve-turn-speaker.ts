import { findMentions, type Mention } from './find-mentions.js';
import { readSpeakerPhrase } from './read-speaker-phrase.js';
import { type ResolvedSpeaker, resolveSpeaker } from './resolve-speaker.js';

/** What a transcript says about its people: its title ("Remarks by President Biden") and what its own words name. */
export type TurnMentions = {
  readonly title: string;
  readonly body: readonly Mention[];
};

const UNNAMED: ResolvedSpeaker = { speaker: null, role: null };

/**
 * Resolves a transcript's speaker label to a person:
 * - a name ("MR. KIRBY", "PRESIDENT BIDEN", "MS. JEAN-PIERRE") → the fullest form of that name the
 *   report gives, in its title or its words, with its role ("John Kirby"). A single word with no
 *   title or honorific ("SULLIVAN", "MODERATOR") is a name only when the report gives a fuller
 *   form of it;
 * - a role ("THE PRESIDENT") → the one name that follows that title in the report's title
 *   ("Remarks by President Biden" → "Biden", then its fullest form); two different names, or none
 *   → unnamed. The body is not used for roles: a reporter's "former President Trump" must not
 *   become "THE PRESIDENT";
 * - anything else ("SENIOR ADMINISTRATION OFFICIAL") → unnamed.
 * Pure.
 *
 * @example
 * resolveTurnSpeaker('MR. KIRBY', { title: findMentions('Gaggle by John Kirby'), body: [] }); // { speaker: 'John Kirby', role: null }
 */
export function resolveTurnSpeaker(label: string, mentions: TurnMentions): ResolvedSpeaker {
  const text = toTitleCase(label);
  const phrase = readSpeakerPhrase(`${text} said`, 0, { direction: 'forward', limit: text.length });
  if (phrase?.end !== text.length) return UNNAMED;
  const all = [...findMentions(mentions.title), ...mentions.body];
  if (phrase.kind === 'named') {
    const resolved = resolveSpeaker(phrase, { at: 0, mentions: all });
    const isBare = phrase.role === null && !/\s/.test(text);
    return isBare && !/\s/.test(resolved.speaker ?? '') ? UNNAMED : resolved;
  }
  if (phrase.kind !== 'descriptor' || !phrase.isDefinite || phrase.isPlural) return UNNAMED;
  const title = phrase.head.replace(/^\p{L}/u, (letter) => letter.toUpperCase());
  const names = new Set(
    [...mentions.title.matchAll(new RegExp(`\\b${title}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'gu'))].map(
      (match) => match[1] ?? '',
    ),
  );
  const [only] = names;
  if (names.size !== 1 || only === undefined) return UNNAMED;
  const named = readSpeakerPhrase(`${only} said`, 0, { direction: 'forward', limit: only.length });
  if (named?.kind !== 'named') return UNNAMED;
  const resolved = resolveSpeaker(named, { at: 0, mentions: all });
  return { speaker: resolved.speaker, role: resolved.role ?? title };
}

/** "MS. JEAN-PIERRE" → "Ms. Jean-Pierre". */
function toTitleCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
}
