import type { Sentence } from '../search/sentence.js';
import type { Subject } from './figure.js';

/** What `findSubject` reads: the report's sentences, which one holds the figure, and what to skip. */
export type SubjectContext = {
  readonly sentences: readonly Sentence[];
  readonly index: number;
  /** Spans of the sentence (relative offsets) that name a claimant, not whose losses: skipped. */
  readonly excluded: readonly { readonly start: number; readonly end: number }[];
  readonly title: string | null;
};

type Marker = { readonly start: number; readonly end: number; readonly subject: Subject; readonly isStrong: boolean };

const MARKERS: readonly (readonly [RegExp, Subject])[] = [
  [
    /\b(?:North\s+Korean?s?|North\s+Korea['’]s|DPRK|Pyongyang(?:['’]s)?|KPA|Kim\s+Jong[-\s]Un(?:['’]s)?)(?![\p{L}-])/gu,
    'north_korean',
  ],
  [/\b(?:Russians?|Russia(?:['’]s)?|Moscow['’]s|Kremlin['’]s|Putin['’]s)(?![\p{L}-])/gu, 'russian'],
  [/\b(?:Ukrainians?|Ukraine(?:['’]s)?|Kyiv['’]s|Kiev['’]s)(?![\p{L}-])/gu, 'ukrainian'],
];
/** Other forces: a figure whose own noun phrase names them is not ours to place ("2 British soldiers"). */
const OTHER_FORCES =
  /\b(?:South\s+Korean?s?|American|U\.S\.|US|British|Chinese|Japanese|Polish|German|French|Belarusian|Chechen|Syrian|Iranian|Western|NATO|foreign|Georgian|Israeli|Indian|Nepali|Nepalese|Cuban)\b/;
const STRONG_AFTER =
  /^(?:\s+(?:\p{Ll}+\s+){0,2}(?:soldiers|troops|troop|forces|army|military|personnel|servicemen|fighters|casualties|losses|units|dead|death\s+toll)\b|\s+(?:\p{Ll}+\s+){0,3}?(?:lost|suffered|sustained|sen[dt]s?|sending|brought|brings|bringing|deploy\w*|dispatch\w*|train\w*|mobili[sz]\w*|transferr\w*|plan(?:s|ned|ning)?)\b|\s+(?:has|have|had)\s+(?:about\s+|around\s+|some\s+|roughly\s+|over\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?\d)/u;
/** A country's name is a signal only when tied to losses or troops ("Russia lost"); alone it is often the attacker. */
const COUNTRY = /^(?:Russia|Ukraine|North\s+Korea|Pyongyang|DPRK|KPA)$/u;
const NOT_THEIRS_BEFORE =
  /\b(?:by|against|alongside|with|to|into|in|from|inside|across|near|toward|towards|support|supporting|aid|aiding|help|helping|assist|assisting|for|on)\s+(?:the\s+)?$/i;
const TITLE_AFTER =
  /^\s+(?:President|Prime|Minister|Ministry|Defen[cs]e|officials?|intelligence|government|spokes\w+|General\s+Staff|authorities|sources|media|state|leader|Foreign|embassy|ambassador|envoy|counterpart|region|Oblast|territory|soil|border|side|war|invasion|city|town|village|\p{Lu}\p{Ll}+\s+(?:Oblast|region)|(?:\p{Ll}+\s+)?(?:bases?|camps?|airfields?|ports?|cities|towns|villages|regions?|facilities))\b/u;
/** Weak mentions of each side (any use of the name): the report's subject must be among them when any is there. */
const SIDES: readonly (readonly [RegExp, Subject])[] = [
  [/\b(?:North\s+Korea|DPRK|Pyongyang|Kim\s+Jong)/u, 'north_korean'],
  [/\b(?:Russia|Moscow|Kremlin|Putin)/u, 'russian'],
  [/\b(?:Ukrain|Kyiv|Kiev|Zelensk)/u, 'ukrainian'],
];
const WAR_PLACES = /\b(?:Kursk|Donbas|Donetsk|Luhansk|Kharkiv|Zaporizhzhia|Kherson|Crimea)\b/u;
/** Other wars a briefing turns to: a sentence about one of them is not the report's subject. */
const OTHER_WARS =
  /\b(?:Israel|Gaza|Hamas|Hezbollah|Lebanon|Yemen|Houthis?|Syria|Sudan|Iran|Iraq|Afghanistan|Vietnam|Civil\s+War)\b/u;
const DEMONYM_PLURAL = /(?:Koreans|Russians|Ukrainians)$/;

/**
 * Whose losses or troops a figure is about, from the nearest clear signal:
 * 1. the figure's own noun phrase ("600,000 Russian soldiers", "3,000 North Koreans"; "2 British
 *    soldiers" → unknown);
 * 2. the sentence: a nationality tied to soldiers or losses ("Russia's military casualties"), or a
 *    country that lost, sent or has troops, nearest first; then any other nationality word,
 *    nearest first (a country named alone, "Russia launched …", is often the attacker: skipped).
 *    Mentions that are places, allies or enemies ("to Russia", "against Ukrainian forces"), titles
 *    ("Ukrainian President") or inside the claimant are skipped;
 * 3. the previous sentence of the paragraph, when its strong mentions agree;
 * 4. the report: the title's, else the subject with clearly the most strong mentions, only when
 *    the sentence or the one before names the war (a side, its leader or a front place), does
 *    not name only another side ("Putin's military has suffered …" is not the report's North
 *    Koreans) and is not about another war (Gaza, Israel, a civil war).
 * Otherwise `unknown`. `amount.nounEnd` is where the figure's own noun phrase ends.
 */
export function findSubject(
  context: SubjectContext,
  amount: { readonly start: number; readonly end: number; readonly nounEnd: number },
): Subject {
  const sentence = context.sentences[context.index];
  if (sentence === undefined) return 'unknown';
  const text = sentence.text;
  const phrase = text.slice(amount.end, amount.nounEnd);
  const own = findMarkers(phrase, []).at(0);
  if (own !== undefined) return own.subject;
  if (OTHER_FORCES.test(phrase)) return 'unknown';

  const markers = findMarkers(text, context.excluded).filter((m) => m.end <= amount.start || m.start >= amount.nounEnd);
  const byDistance = (m: Marker) => (m.end <= amount.start ? amount.start - m.end : m.start - amount.nounEnd);
  const nearest = [...markers].sort((a, b) => Number(b.isStrong) - Number(a.isStrong) || byDistance(a) - byDistance(b));
  if (nearest[0] !== undefined) return nearest[0].subject;

  const previous = context.sentences[context.index - 1];
  if (previous !== undefined && previous.block === sentence.block) {
    const agreed = agreeingSubject(findMarkers(previous.text, []).filter((m) => m.isStrong));
    if (agreed !== null) return agreed;
  }
  return reportSubject(context);
}

function reportSubject(context: SubjectContext): Subject {
  const fromTitle = agreeingSubject(findMarkers(context.title ?? '', []));
  if (fromTitle !== null) return fromTitle;
  const text = context.sentences[context.index]?.text ?? '';
  const near = `${context.sentences[context.index - 1]?.text ?? ''} ${text}`;
  const sides = SIDES.filter(([pattern]) => pattern.test(near)).map(([, subject]) => subject);
  const isAboutTheWar = SIDES.some(([pattern]) => pattern.test(text)) || WAR_PLACES.test(text);
  if (OTHER_WARS.test(text) && !isAboutTheWar) return 'unknown';
  if (sides.length === 0 && !WAR_PLACES.test(near)) return 'unknown';
  const counts = new Map<Subject, number>();
  for (const sentence of context.sentences) {
    for (const marker of findMarkers(sentence.text, [])) {
      if (marker.isStrong) counts.set(marker.subject, (counts.get(marker.subject) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || first[1] < 2 || (second !== undefined && second[1] * 2 > first[1])) return 'unknown';
  return sides.length === 0 || sides.includes(first[0]) ? first[0] : 'unknown';
}

function agreeingSubject(markers: readonly Marker[]): Subject | null {
  const subjects = new Set(markers.map((m) => m.subject));
  const [only] = subjects;
  return subjects.size === 1 && only !== undefined ? only : null;
}

function findMarkers(text: string, excluded: SubjectContext['excluded']): Marker[] {
  const markers: Marker[] = [];
  for (const [pattern, subject] of MARKERS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (excluded.some((span) => span.start < end && start < span.end)) continue;
      if (/[\p{L}]-$/u.test(text.slice(0, start)) || NOT_THEIRS_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
        continue;
      const after = text.slice(end, end + 60);
      if (TITLE_AFTER.test(after)) continue;
      const isStrong = DEMONYM_PLURAL.test(match[0]) || STRONG_AFTER.test(after);
      if (!isStrong && COUNTRY.test(match[0])) continue;
      markers.push({ start, end, subject, isStrong });
    }
  }
  return markers.sort((a, b) => a.start - b.start);
}
