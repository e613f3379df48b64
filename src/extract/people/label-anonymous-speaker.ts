import type { SpeakerPhrase } from './classify-speaker-run.js';

/** What `labelAnonymousSpeaker` returns: the source under the report's label, and its role words. */
export type AnonymousSpeaker = { readonly speaker: string; readonly role: string | null; readonly isAnonymous: true };

/** Determiners that introduce one unnamed person ("a police spokesman", "one resident", "the official"). */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'the']);

/**
 * The label of an anonymous source: a singular role phrase with a determiner, as the report writes it,
 * with the determiner in lower case ("A senior administration official" → "a senior administration
 * official"; "one resident"; "the senior staffer"). Null for anything else: a plural ("officials"), a
 * bare role without a determiner ("director", which names nobody), a name or an institution. Two
 * anonymous sources of one report keep the words that tell them apart ("one senior campaign official",
 * "another senior campaign official"). Pure.
 *
 * @example
 * labelAnonymousSpeaker(classifySpeakerRun('A police spokesman', tokens)); // { speaker: 'a police spokesman', … }
 */
export function labelAnonymousSpeaker(phrase: SpeakerPhrase): AnonymousSpeaker | null {
  if (phrase.kind !== 'descriptor' || phrase.isPlural) return null;
  const space = phrase.text.search(/\s/);
  if (space < 0) return null;
  const determiner = phrase.text.slice(0, space).toLowerCase();
  if (!SINGULAR_DETERMINERS.has(determiner)) return null;
  const rest = phrase.text.slice(space).replace(/\s+/g, ' ');
  return { speaker: `${determiner}${rest}`, role: phrase.role, isAnonymous: true };
}
