import type { Sentence } from '../../sentences/sentence.js';
import type { Subject } from '../figures/figure.js';
import { findSideNames } from './find-side-names.js';
import { type SideLexicon, UNKNOWN_SIDE } from './side-lexicon.js';

/** What `findSubject` reads: the report's sentences, which one holds the figure, and what to skip. */
export type SubjectContext = {
  readonly sentences: readonly Sentence[];
  readonly index: number;
  /** Spans of the sentence (relative offsets) that name a claimant, not whose losses: skipped. */
  readonly excluded: readonly { readonly start: number; readonly end: number }[];
  readonly title: string | null;
  /** The corpus's sides: the gazetteer and its settings. */
  readonly lexicon: SideLexicon;
};

type Marker = { readonly start: number; readonly end: number; readonly subject: Subject; readonly isStrong: boolean };

/** Forces no gazetteer names: a figure whose own noun phrase names them is not ours to place ("2 NATO soldiers"). */
const OTHER_FORCES = /\b(?:Western|NATO|foreign|allied|coalition)\b/;
const STRONG_AFTER =
  /^(?:\s+(?:\p{Ll}+\s+){0,2}(?:soldiers|troops|troop|forces|army|military|personnel|servicemen|fighters|casualties|losses|units|dead|death\s+toll)\b|\s+(?:\p{Ll}+\s+){0,3}?(?:lost|suffered|sustained|sen[dt]s?|sending|brought|brings|bringing|deploy\w*|dispatch\w*|train\w*|mobili[sz]\w*|transferr\w*|plan(?:s|ned|ning)?)\b|\s+(?:has|have|had)\s+(?:about\s+|around\s+|some\s+|roughly\s+|over\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?\d)/u;
const NOT_THEIRS_BEFORE =
  /\b(?:by|against|alongside|with|to|into|in|from|inside|across|near|toward|towards|support|supporting|aid|aiding|help|helping|assist|assisting|for|on)\s+(?:the\s+)?$/i;
const TITLE_AFTER =
  /^\s+(?:President|Prime|Minister|Ministry|Defen[cs]e|officials?|intelligence|government|spokes\w+|General\s+Staff|authorities|sources|media|state|leader|Foreign|embassy|ambassador|envoy|counterpart|region|Oblast|territory|soil|border|side|war|invasion|city|town|village|\p{Lu}\p{Ll}+\s+(?:Oblast|region)|(?:\p{Ll}+\s+)?(?:bases?|camps?|airfields?|ports?|cities|towns|villages|regions?|facilities))\b/u;

/**
 * Whose losses or troops a figure is about, from the nearest clear signal. Sides are the
 * lexicon's (`buildSideLexicon`): the gazetteer's countries by demonym, name or capital, the corpus
 * settings' sides and aliases, and a party the noun phrase names ("300 Houthi rebels").
 * 1. the figure's own noun phrase ("600,000 Russian soldiers", "3,000 North Koreans"; "2 NATO
 *    soldiers" → unknown);
 * 2. the sentence: a nationality tied to soldiers or losses ("Russia's military casualties"), or a
 *    country that lost, sent or has troops, nearest first; then any other nationality word,
 *    nearest first (a country, capital or alias named alone, "X launched …", is often the attacker:
 *    skipped; its possessive, "X's", is not).
 *    Mentions that are places, allies or enemies ("to Russia", "against Ukrainian forces"), titles
 *    ("Ukrainian President") or inside the claimant are skipped;
 * 3. the previous sentence of the paragraph, when its strong mentions agree;
 * 4. the report: the title's, else the subject with clearly the most strong mentions, only when
 *    the sentence or the one before names the story (one of its sides or a story word), does
 *    not name only another side (a leader's military "has suffered …" is not the report's
 *    subject) and is not about another story (the settings' outside words).
 * Otherwise `unknown`. `amount.nounEnd` is where the figure's own noun phrase ends.
 */
export function findSubject(
  context: SubjectContext,
  amount: { readonly start: number; readonly end: number; readonly nounEnd: number },
): Subject {
  const sentence = context.sentences[context.index];
  if (sentence === undefined) return UNKNOWN_SIDE;
  const { lexicon } = context;
  const text = sentence.text;
  const phrase = text.slice(amount.end, amount.nounEnd);
  const own = findMarkers(phrase, [], lexicon).at(0);
  if (own !== undefined) return own.subject;
  if (OTHER_FORCES.test(phrase)) return UNKNOWN_SIDE;
  const party = findParty(phrase, lexicon);
  if (party !== null) return party;

  const markers = findMarkers(text, context.excluded, lexicon).filter(
    (m) => m.end <= amount.start || m.start >= amount.nounEnd,
  );
  const byDistance = (m: Marker) => (m.end <= amount.start ? amount.start - m.end : m.start - amount.nounEnd);
  const nearest = [...markers].sort((a, b) => Number(b.isStrong) - Number(a.isStrong) || byDistance(a) - byDistance(b));
  if (nearest[0] !== undefined) return nearest[0].subject;

  const previous = context.sentences[context.index - 1];
  if (previous !== undefined && previous.block === sentence.block) {
    const agreed = agreeingSubject(findMarkers(previous.text, [], lexicon).filter((m) => m.isStrong));
    if (agreed !== null) return agreed;
  }
  return reportSubject(context);
}

function reportSubject(context: SubjectContext): Subject {
  const { lexicon } = context;
  const fromTitle = agreeingSubject(findMarkers(context.title ?? '', [], lexicon));
  if (fromTitle !== null) return fromTitle;
  const text = context.sentences[context.index]?.text ?? '';
  const near = `${context.sentences[context.index - 1]?.text ?? ''} ${text}`;
  const sides = namedSides(near, lexicon);
  const isAboutTheStory = namedSides(text, lexicon).length > 0 || (lexicon.storyWords?.test(text) ?? false);
  if ((lexicon.outsideWords?.test(text) ?? false) && !isAboutTheStory) return UNKNOWN_SIDE;
  if (sides.length === 0 && !(lexicon.storyWords?.test(near) ?? false)) return UNKNOWN_SIDE;
  const counts = new Map<Subject, number>();
  for (const sentence of context.sentences) {
    for (const marker of findMarkers(sentence.text, [], lexicon)) {
      if (marker.isStrong) counts.set(marker.subject, (counts.get(marker.subject) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (first === undefined || first[1] < 2 || (second !== undefined && second[1] * 2 > first[1])) return UNKNOWN_SIDE;
  return sides.length === 0 || sides.includes(first[0]) ? first[0] : UNKNOWN_SIDE;
}

/**
 * The sides any mention in `text` names, however used: the story's sides when the settings list
 * them (so a passing mention of a third country does not make a sentence the story's), else any side.
 */
function namedSides(text: string, lexicon: SideLexicon): Subject[] {
  const found: Subject[] = [];
  for (const name of findSideNames(text, lexicon)) {
    const key = name.side.key;
    if (found.includes(key)) continue;
    if (lexicon.storySides.length === 0 || lexicon.storySides.includes(key)) found.push(key);
  }
  return found;
}

/**
 * A party the figure's own noun phrase names before a party noun, as written ("300 Houthi rebels"
 * → "Houthi", "40 RSF fighters" → "RSF"); null when none, or when the words are a story word.
 */
function findParty(phrase: string, lexicon: SideLexicon): Subject | null {
  const match = PARTY.exec(phrase);
  if (match === null) return null;
  const name = match[1] ?? '';
  const noun = (match[2] ?? '').toLowerCase();
  const singular = noun.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');
  const isParty = [noun, singular].some(
    (word) => lexicon.partyNouns.combatant.has(word) || lexicon.partyNouns.civilian.has(word),
  );
  if (!isParty || (lexicon.storyWords?.test(name) ?? false)) return null;
  return name.replace(/(?<=\p{Ll})s$/u, '');
}

const PARTY = /^\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*$/u;

function agreeingSubject(markers: readonly Marker[]): Subject | null {
  const subjects = new Set(markers.map((m) => m.subject));
  const [only] = subjects;
  return subjects.size === 1 && only !== undefined ? only : null;
}

function findMarkers(text: string, excluded: SubjectContext['excluded'], lexicon: SideLexicon): Marker[] {
  const markers: Marker[] = [];
  for (const name of findSideNames(text, lexicon)) {
    const { start, end, written } = name;
    if (excluded.some((span) => span.start < end && start < span.end)) continue;
    if (/[\p{L}]-$/u.test(text.slice(0, start)) || NOT_THEIRS_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
      continue;
    const after = text.slice(end, end + 60);
    if (TITLE_AFTER.test(after)) continue;
    const isPossessive = /['’]s?$/u.test(written);
    const isPlural = !isPossessive && !lexicon.names.has(written.toLowerCase());
    const isStrong = (name.kind === 'demonym' && isPlural) || STRONG_AFTER.test(after);
    if (!isStrong && name.kind !== 'demonym' && !isPossessive) continue;
    markers.push({ start, end, subject: name.side.key, isStrong });
  }
  return markers.sort((a, b) => a.start - b.start);
}
