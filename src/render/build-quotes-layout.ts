import type {
  Excerpt,
  Namesake,
  NotQuotedAnswer,
  PhraseQuotesAnswer,
  QuoteRow,
  SeveralSpeakersAnswer,
  SpeakerQuotes,
  SpeakerQuotesAnswer,
} from '../answer/answer.js';
import { formatCount, formatNumber } from './format-count.js';
import { keepTogether } from './keep-together.js';

/** The `/who-said` answers. */
export type QuotesAnswer = SpeakerQuotesAnswer | SeveralSpeakersAnswer | PhraseQuotesAnswer | NotQuotedAnswer;

/**
 * One piece of a `/who-said` answer, in reading order. Both renderers (text and Block Kit) walk
 * the same items, so the terminal and Slack say the same lines in the same order.
 * - `line`: fixed template text with names and words from the answer (not yet escaped);
 * - `best`: a quote on the first screen, as a short excerpt (its quoted words, cut at a word);
 * - `row`: a quote in full: its sentence with the quote marked, and the citation;
 * - `mention`: a sentence that mentions what was asked without being anyone's quote;
 * - `page-break`: the first screen ends here (Slack starts a new page; the terminal goes on).
 */
export type QuotesLayoutItem =
  | { readonly kind: 'line'; readonly text: string; readonly isStrong: boolean }
  | { readonly kind: 'best'; readonly number: number; readonly row: QuoteRow }
  | { readonly kind: 'row'; readonly number: number; readonly row: QuoteRow; readonly isSpeakerShown: boolean }
  | { readonly kind: 'mention'; readonly number: number; readonly excerpt: Excerpt }
  | { readonly kind: 'page-break' };

/** Quotes on the first screen of one person's answer; fewer per person when several share a name. */
export const BEST_QUOTES_SHOWN = 3;
const BEST_QUOTES_SHOWN_EACH = 2;
/** Namesakes named at most in the "Also named so" line. */
const NAMESAKES_NAMED = 5;
/** A short excerpt keeps at most this many characters of the quote, cut at a word. */
export const SHORT_EXCERPT_CHARS = 160;

/**
 * Lays out a `/who-said` answer, sized for a person:
 * - a person: "Quotes by NAME (ROLE)", the count line ("12 direct quotes · 3 statements the reports
 *   paraphrase · in 5 reports"), other spellings, how the quotes are ordered, the best three as
 *   short excerpts, the "Narrow it" line when the answer offers words, then (after the first
 *   screen) the other quotes in full and the paraphrased statements under their own heading;
 * - several people sharing a name: a line per person with their counts and best two quotes, a
 *   "Narrow it" line naming each by full name, then each person's other quotes in full; people the
 *   name also fits with far fewer quotes are named in an "Also named so" line (five at most);
 * - a phrase: the count of quotes that contain it (or the closest ones), each with its speaker;
 * - nobody quoted: "No quotes by NAME." (a name) or "Nobody is quoted saying “…”." (a phrase) and
 *   the sentences that mention it, under that label.
 * Deterministic.
 */
export function buildQuotesLayout(answer: QuotesAnswer): QuotesLayoutItem[] {
  switch (answer.kind) {
    case 'speaker-quotes':
      return layOutPeople([answer], BEST_QUOTES_SHOWN, [], answer.namesakes, answer.about);
    case 'several-speakers':
      return layOutPeople(
        answer.speakers,
        BEST_QUOTES_SHOWN_EACH,
        [line(`${answer.speakers.length} people are named “${answer.name ?? answer.query}”:`, true)],
        answer.namesakes,
      );
    case 'phrase-quotes':
      return [
        line(
          answer.match === 'exact'
            ? `${formatCount(answer.quotes.length, 'quote')} ${answer.quotes.length === 1 ? 'contains' : 'contain'} “${answer.query}”:`
            : `No quote contains exactly “${answer.query}”; the ${formatCount(answer.quotes.length, 'closest quote', 'closest quotes')}:`,
          true,
        ),
        ...answer.quotes.map((row, i) => ({ kind: 'row' as const, number: i + 1, row, isSpeakerShown: true })),
      ];
    case 'not-quoted': {
      const sentences = formatCount(answer.mentions.length, 'sentence');
      const intro =
        answer.asked === 'person'
          ? `No quotes by ${answer.query}. ${sentences} ${answer.mentions.length === 1 ? 'mentions' : 'mention'} ${answer.query}:`
          : `Nobody is quoted saying “${answer.query}”. ${sentences} ${answer.mentions.length === 1 ? 'mentions' : 'mention'} it:`;
      return [
        line(intro, true),
        ...answer.mentions.map((excerpt, i) => ({ kind: 'mention' as const, number: i + 1, excerpt })),
      ];
    }
  }
}

/**
 * A quote's words cut to `SHORT_EXCERPT_CHARS` at the last space before the limit, with "…" when
 * cut: a verbatim prefix, never rewritten.
 */
export function shortenQuote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= SHORT_EXCERPT_CHARS) return trimmed;
  const cut = trimmed.slice(0, SHORT_EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

function layOutPeople(
  people: readonly SpeakerQuotes[],
  bestShown: number,
  intro: readonly QuotesLayoutItem[],
  namesakes: readonly Namesake[] = [],
  about?: string,
): QuotesLayoutItem[] {
  const items: QuotesLayoutItem[] = [...intro];
  for (const person of people) {
    items.push(...layOutHead(person, about));
    const rows = [...person.quotes, ...person.paraphrases];
    rows.slice(0, bestShown).forEach((row, i) => {
      items.push({ kind: 'best', number: i + 1, row });
    });
  }
  const narrow = people.length > 1 ? narrowByName(people) : narrowByWord(people[0]);
  if (narrow !== null) items.push(line(narrow, false));
  if (namesakes.length > 0) items.push(line(describeNamesakes(namesakes), false));
  const rest = people.filter((person) => person.quotes.length + person.paraphrases.length > bestShown);
  if (rest.length > 0) items.push({ kind: 'page-break' });
  for (const person of rest) items.push(...layOutRest(person, bestShown, people.length > 1));
  return items;
}

function layOutHead(person: SpeakerQuotes, about: string | undefined): QuotesLayoutItem[] {
  const { name, role, spellings } = person.speaker;
  const rows = [...person.quotes, ...person.paraphrases];
  const reports = new Set(rows.map((row) => row.citation.file)).size;
  const items = [
    line(`Quotes by ${keepTogether(name)}${role === null ? '' : ` (${keepTogether(role)})`}`, true),
    line(
      `${formatCount(person.quotes.length, 'direct quote')} · ${formatCount(person.paraphrases.length, 'statement')} the reports paraphrase · in ${formatCount(reports, 'report')}${about === undefined ? '' : ` · about “${about}”`}`,
      false,
    ),
  ];
  const others = spellings.filter((spelling) => spelling !== name);
  if (others.length > 0) items.push(line(`Also written: ${others.join(', ')}`, false));
  const topic = person.topic ?? [];
  if (topic.length > 0) {
    const onTopic = person.onTopic ?? 0;
    items.push(
      line(
        onTopic > 0
          ? `Best first: ${onTopic} of ${rows.length} mention ${topic.join(' or ')}; then newest report first.`
          : `None mentions ${topic.join(' or ')}; newest report first.`,
        false,
      ),
    );
  } else if (rows.length > BEST_QUOTES_SHOWN) {
    items.push(line('Newest report first.', false));
  }
  return items;
}

function layOutRest(person: SpeakerQuotes, bestShown: number, isNamed: boolean): QuotesLayoutItem[] {
  const items: QuotesLayoutItem[] = [];
  if (isNamed) items.push(line(`More by ${keepTogether(person.speaker.name)}:`, true));
  const rows = [...person.quotes, ...person.paraphrases];
  for (let at = bestShown; at < rows.length; at++) {
    const row = rows[at] as QuoteRow;
    // The paraphrased statements are headed once, where they start (or where the rest starts, when inside them).
    if (!row.quote.direct && (at === bestShown || (rows[at - 1] as QuoteRow).quote.direct)) {
      items.push(line('Paraphrased by the reports (not their words):', true));
    }
    items.push({ kind: 'row', number: at + 1, row, isSpeakerShown: false });
  }
  return items;
}

function narrowByWord(person: SpeakerQuotes | undefined): string | null {
  const words = person?.narrowWords ?? [];
  const [first] = words;
  if (person === undefined || first === undefined) return null;
  const surname = person.speaker.name.split(/\s+/).at(-1) ?? person.speaker.name;
  return `Narrow it: add a word from their quotes (${words.join(', ')}), e.g. /who-said ${surname} ${first}`;
}

function narrowByName(people: readonly SpeakerQuotes[]): string {
  return `Narrow it: ask for one by full name: ${people.map((person) => `/who-said ${person.speaker.name}`).join(' · ')}`;
}

/** "Also named so: Fred Trump (3 quotes), … and 12 more; ask by full name." */
function describeNamesakes(namesakes: readonly Namesake[]): string {
  const named = namesakes
    .slice(0, NAMESAKES_NAMED)
    .map(({ name, quoteCount }) => `${keepTogether(name)} (${formatCount(quoteCount, 'quote')})`)
    .join(', ');
  const more =
    namesakes.length > NAMESAKES_NAMED ? ` and ${formatNumber(namesakes.length - NAMESAKES_NAMED)} more` : '';
  return `Also named so: ${named}${more}; ask by full name.`;
}

function line(text: string, isStrong: boolean): QuotesLayoutItem {
  return { kind: 'line', text, isStrong };
}
