import type { Report } from '../../corpus/report.js';
import type { Sentence } from '../../sentences/sentence.js';
import type { SpeakerPhrase } from '../people/classify-speaker-run.js';
import { createPersonLookup, type PersonLookup } from '../people/create-person-lookup.js';
import type { Mention } from '../people/find-mentions.js';
import { type ResolvedSpeaker, resolveSpeaker } from '../people/resolve-speaker.js';
import { resolveTurnSpeaker } from '../people/resolve-turn-speaker.js';
import type { QuoteSpan } from '../words/find-quote-spans.js';
import { type Attribution, findAttribution } from './find-attribution.js';
import { findReportedSpeech } from './find-reported-speech.js';
import { findTranscriptTurns, type TranscriptTurn } from './find-transcript-turns.js';
import { isQuotedTitle } from './is-quoted-title.js';
import type { Quote } from './quote.js';
import { type QuoteParagraph, readQuoteParagraphs } from './read-quote-paragraphs.js';

/** A quote of fewer words is a statement only when attributed (else it is a scare quote or a title). */
export const MIN_UNATTRIBUTED_WORDS = 4;

type Draft = {
  readonly paragraph: number;
  readonly span: QuoteSpan;
  readonly attribution: Attribution | null;
  readonly isCut: boolean;
  /** Rule 3: four words or more, or attributed before or right after. */
  readonly isStatement: boolean;
  /** The quote goes on in the next paragraph (not cut). */
  readonly isContinued: boolean;
  /** The quote opens its sentence, as a quote that goes on quoting the last speaker does. */
  readonly isOwnSentence: boolean;
  resolved: ResolvedSpeaker;
};

/**
 * Finds the direct quotes and the reported speech of one report. Works on whole paragraphs, so
 * a quote may run over several sentences; the quote's passage is the sentences that hold it and
 * its attribution, and `sentenceIds` names them.
 *
 * Rules (see docs/quotes.md):
 * 1. Quote marks: `findQuoteSpans`. A quote split around its attribution ("“…,” he said, “…”")
 *    gives one Quote per part; both parts share the speaker and the passage.
 * 2. Speaker: `findAttribution`, resolved by `resolveSpeaker` against the people the report names
 *    outside quotes. An unattributed quote of four words or more that opens its sentence takes the
 *    speaker of the quote just before it in the same or the previous paragraph (the report is still
 *    quoting them), or of its continuation in the next paragraph.
 * 3. A quote of fewer than four words counts only when attributed to someone before or right
 *    after it ("called it a “meat grinder”"); otherwise it is a scare quote or a title.
 * 4. Reported speech (`findReportedSpeech`) whose speaker resolves to a named person is a Quote
 *    with `direct: false`: the report's paraphrase, never the person's words.
 * 5. Transcripts (`findTranscriptTurns`): each paragraph of a labelled turn ("MR. KIRBY: …" and
 *    the paragraphs after it) is the labelled speaker's own words, one direct Quote per paragraph
 *    of four words or more, speaker from `resolveTurnSpeaker`. Reporters' questions ("Q …") are
 *    not statements. Quote marks and reported speech inside a turn are not read: the words are the
 *    turn speaker's, and whoever they quote or mention is only what the speaker says.
 * 6. A title in quote marks (`NBC's “Meet the Press”`, `the “Daily Mail”`: `isQuotedTitle`) is not a
 *    statement, whatever stands around it.
 *
 * Ordered by offset. Pure and deterministic.
 *
 * @example
 * extractQuotes(report, splitSentences(report)); // [{ text: 'We will respond', speaker: 'Volodymyr Zelensky', … }]
 */
export function extractQuotes(report: Report, sentences: readonly Sentence[]): Quote[] {
  const paragraphs = readQuoteParagraphs(report);
  const mentions: Mention[] = [];
  const sentenceStarts: number[] = [];
  for (const paragraph of paragraphs) {
    for (const mention of paragraph.mentions) mentions.push(mention);
    for (const bound of paragraph.bounds) sentenceStarts.push(paragraph.start + bound.start);
  }
  const people = createPersonLookup(mentions);
  const cite = createCiter(report, sentences);
  const turns = findTranscriptTurns(paragraphs.map((paragraph) => paragraph.text));
  const drafts = draftDirectQuotes(paragraphs, { mentions, people, turns, sentenceStarts });
  const passages = groupPassages(paragraphs, drafts);
  const quotes: Quote[] = [];
  for (const draft of drafts) {
    const paragraph = paragraphs[draft.paragraph] as QuoteParagraph;
    if (!draft.isStatement) continue;
    const { start, end } = draft.span;
    const range = passages.get(draft) ?? {
      start: paragraph.start + draft.span.open,
      end: paragraph.start + draft.span.close,
    };
    const phrase = draft.attribution?.speaker ?? null;
    quotes.push(
      cite(paragraph.start + start, paragraph.start + end, range, {
        speakerAsWritten: phrase?.text ?? null,
        speaker: draft.resolved.speaker,
        speakerRole: draft.resolved.role ?? (phrase?.kind === 'descriptor' ? phrase.role : null),
        direct: true,
        isCut: draft.isCut,
      }),
    );
  }
  const speakers = new Map<string, ResolvedSpeaker>();
  paragraphs.forEach((paragraph, index) => {
    const turn = turns[index];
    if (!turn || turn.isQuestion) return;
    const end = paragraph.text.trimEnd().length;
    if (!hasWords(paragraph.text.slice(turn.bodyStart, end), MIN_UNATTRIBUTED_WORDS)) return;
    const resolved =
      speakers.get(turn.label) ?? resolveTurnSpeaker(turn.label, { title: report.title ?? '', body: mentions });
    speakers.set(turn.label, resolved);
    const range = { start: paragraph.start, end: paragraph.start + end };
    quotes.push(
      cite(paragraph.start + turn.bodyStart, paragraph.start + end, range, {
        speakerAsWritten: turn.label,
        speaker: resolved.speaker,
        speakerRole: resolved.role,
        direct: true,
        isCut: false,
      }),
    );
  });
  for (const [index, paragraph] of paragraphs.entries()) {
    if (turns[index] !== null) continue;
    for (const bounds of paragraph.bounds) {
      const speech = findReportedSpeech(paragraph.masked, bounds);
      if (!speech) continue;
      const phrase = shift(speech.speaker, paragraph.start);
      const resolved = resolveSpeaker(phrase, {
        at: phrase.start,
        mentions,
        people,
        sentenceStarts,
        windowStart: windowStartOf(paragraphs, index),
        paragraphStart: paragraph.start,
        sentenceStart: paragraph.start + bounds.start,
      });
      if (resolved.speaker === null || resolved.isAnonymous === true || phrase.kind === 'organisation') continue;
      const range = { start: paragraph.start + bounds.start, end: paragraph.start + bounds.end };
      quotes.push(
        cite(paragraph.start + speech.start, paragraph.start + speech.end, range, {
          speakerAsWritten: phrase.text,
          speaker: resolved.speaker,
          speakerRole: resolved.role,
          direct: false,
          isCut: false,
        }),
      );
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

function draftDirectQuotes(
  paragraphs: readonly QuoteParagraph[],
  context: {
    mentions: readonly Mention[];
    people: PersonLookup;
    turns: readonly (TranscriptTurn | null)[];
    sentenceStarts: readonly number[];
  },
): Draft[] {
  const { mentions, people, turns, sentenceStarts } = context;
  const drafts: Draft[] = [];
  paragraphs.forEach((paragraph, index) => {
    // Rule 5: inside a transcript turn, quote marks are the turn speaker's own words.
    if (turns[index] !== null) return;
    paragraph.spans.forEach((span, spanIndex) => {
      const isExclaimed = /[?!]$/.test(paragraph.text.slice(span.start, span.end).trimEnd());
      const found = findAttribution(paragraph.masked, { start: span.open, end: span.close }, paragraph.bounds, {
        isExclaimed,
      });
      const attribution = found && { ...found, speaker: found.speaker && shift(found.speaker, paragraph.start) };
      const at = paragraph.start + (found?.speaker?.start ?? found?.start ?? 0);
      const sentence = paragraph.bounds.findLast((bound) => bound.start <= at - paragraph.start);
      const resolved = attribution
        ? resolveSpeaker(attribution.speaker, {
            at,
            mentions,
            people,
            sentenceStarts,
            windowStart: windowStartOf(paragraphs, index),
            paragraphStart: paragraph.start,
            sentenceStart: paragraph.start + (sentence?.start ?? 0),
            previousSpeaker: drafts.findLast(
              (draft) => draft.attribution !== null && draft.paragraph >= index - 1 && draft.resolved.speaker !== null,
            )?.resolved ?? { speaker: null, role: null },
          })
        : { speaker: null, role: null };
      const isContinued = paragraph.continuesQuote && spanIndex === paragraph.spans.length - 1;
      // Rule 6: a show's, book's or paper's title in quote marks is nobody's words.
      const isTitle = isQuotedTitle(paragraph.text.slice(span.start, span.end), paragraph.masked.slice(0, span.open));
      const isStatement =
        !isTitle &&
        (hasWords(paragraph.text.slice(span.start, span.end), MIN_UNATTRIBUTED_WORDS) ||
          (found !== null && found.place !== 'later'));
      const isOwnSentence = paragraph.bounds.some((bound) => bound.start === span.open);
      drafts.push({
        paragraph: index,
        span,
        attribution,
        isCut: span.isCut && !isContinued,
        isContinued,
        isStatement,
        isOwnSentence,
        resolved,
      });
    });
  });
  // An unattributed quote that stands as its own sentence goes on quoting someone: the speaker of
  // the next paragraph when the quote continues there, else the speaker of the last quote.
  drafts.forEach((draft, index) => {
    if (draft.attribution !== null || !draft.isStatement || !draft.isOwnSentence) return;
    const next = drafts[index + 1];
    const previous = drafts.findLast((earlier, earlierIndex) => earlierIndex < index && earlier.isStatement);
    const startOf = (other: Draft) => (paragraphs[other.paragraph] as QuoteParagraph).start;
    const from = startOf(draft) + draft.span.open;
    if (draft.isContinued && next?.attribution && next.paragraph === draft.paragraph + 1)
      draft.resolved = next.resolved;
    else if (
      previous &&
      draft.paragraph - previous.paragraph <= 1 &&
      !namesSomeoneElse(mentions, people, previous.resolved, {
        from: startOf(previous) + endOf(previous, paragraphs),
        to: from,
      })
    )
      draft.resolved = previous.resolved;
  });
  return drafts;
}

/** The end of the sentence that holds a quote's end and its attribution ("…,” he said of Berg."), in its paragraph. */
function endOf(draft: Draft, paragraphs: readonly QuoteParagraph[]): number {
  const end = Math.max(draft.span.close, draft.attribution?.end ?? 0);
  const bounds = (paragraphs[draft.paragraph] as QuoteParagraph).bounds;
  return bounds.find((bound) => bound.end >= end)?.end ?? end;
}

/** Rule 2: a quote goes on quoting the last speaker only when no one else is named in between. */
function namesSomeoneElse(
  mentions: readonly Mention[],
  people: PersonLookup,
  speaker: ResolvedSpeaker,
  { from, to }: { from: number; to: number },
): boolean {
  return mentions.some(
    (mention) =>
      mention.start >= from &&
      mention.end <= to &&
      ((mention.kind === 'named' &&
        (speaker.speaker === null || !people.isSame(speaker.speaker, mention.name ?? ''))) ||
        (mention.kind === 'descriptor' && !mention.isPlural && !mention.isAppositive)),
  );
}

/** A pronoun may point back into the previous paragraph, no further. */
function windowStartOf(paragraphs: readonly QuoteParagraph[], index: number): number {
  return ((paragraphs[index - 1] ?? paragraphs[index]) as QuoteParagraph).start;
}

/** Quotes that share an attribution ("“…,” he said, “…”") share one passage: the union of their sentences. */
function groupPassages(
  paragraphs: readonly QuoteParagraph[],
  drafts: readonly Draft[],
): Map<Draft, { start: number; end: number }> {
  const byAttribution = new Map<string, { start: number; end: number }>();
  const keyOf = (draft: Draft) => (draft.attribution ? `${draft.paragraph}:${draft.attribution.start}` : null);
  const rangeOf = (draft: Draft) => {
    const offset = (paragraphs[draft.paragraph] as QuoteParagraph).start;
    const start = Math.min(draft.span.open, draft.attribution?.start ?? draft.span.open);
    const end = Math.max(draft.span.close, draft.attribution?.end ?? draft.span.close);
    return { start: offset + start, end: offset + end };
  };
  for (const draft of drafts) {
    const key = keyOf(draft);
    if (key === null) continue;
    const range = rangeOf(draft);
    const known = byAttribution.get(key);
    byAttribution.set(
      key,
      known ? { start: Math.min(known.start, range.start), end: Math.max(known.end, range.end) } : range,
    );
  }
  return new Map(drafts.map((draft) => [draft, byAttribution.get(keyOf(draft) ?? '') ?? rangeOf(draft)]));
}

/** What a quote says about its speaker, beside where it stands. */
type Speaking = Pick<Quote, 'speakerAsWritten' | 'speaker' | 'speakerRole' | 'direct' | 'isCut'>;

/** Builds the quotes of one report: offsets, the passage to cite and the sentences it covers. */
function createCiter(report: Report, sentences: readonly Sentence[]) {
  const isOrdered = sentences.every(
    (sentence, index) =>
      index === 0 ||
      ((sentences[index - 1] as Sentence).start <= sentence.start &&
        (sentences[index - 1] as Sentence).end <= sentence.end),
  );
  return (start: number, end: number, range: { start: number; end: number }, speaking: Speaking): Quote => {
    const covered = isOrdered
      ? coveredInOrder(sentences, range)
      : sentences.filter((sentence) => sentence.start < range.end && sentence.end > range.start);
    const passageStart = Math.min(range.start, covered[0]?.start ?? range.start);
    let passageEnd = Math.max(range.end, covered.at(-1)?.end ?? range.end);
    while (passageEnd > passageStart && /\s/.test(report.text[passageEnd - 1] as string)) passageEnd -= 1;
    // Written out, not spread: spreading and then adding keys is slow in V8.
    return {
      id: `${report.id}@${start}`,
      reportId: report.id,
      start,
      end,
      text: report.text.slice(start, end),
      passageStart,
      passageEnd,
      sentenceIds: covered.map((sentence) => sentence.id),
      speakerAsWritten: speaking.speakerAsWritten,
      speaker: speaking.speaker,
      speakerRole: speaking.speakerRole,
      direct: speaking.direct,
      isCut: speaking.isCut,
    };
  };
}

/**
 * The sentences that overlap `range`, for sentences whose starts and ends both go up: they are
 * one run, found by binary search (the same sentences, in the same order, as filtering them all).
 */
function coveredInOrder(sentences: readonly Sentence[], range: { start: number; end: number }): Sentence[] {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as Sentence).end > range.start) high = middle;
    else low = middle + 1;
  }
  const covered: Sentence[] = [];
  for (let index = low; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    if (sentence.start >= range.end) break;
    covered.push(sentence);
  }
  return covered;
}

function shift(phrase: SpeakerPhrase, offset: number): SpeakerPhrase {
  return { ...phrase, start: phrase.start + offset, end: phrase.end + offset };
}

/** True when `text` has at least `count` words: counted up to `count`, not collected. */
function hasWords(text: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.exec(text) !== null) found += 1;
  return found >= count;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
