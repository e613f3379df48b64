import type { Report } from '../../corpus/report.js';
import type { Sentence } from '../../sentences/sentence.js';
import { findMentions, type Mention } from '../people/find-mentions.js';
import { resolveTurnSpeaker } from '../people/resolve-turn-speaker.js';
import { findTranscriptTurns } from '../quotes/find-transcript-turns.js';
import { findSubject } from '../sides/find-subject.js';
import type { SideLexicon } from '../sides/side-lexicon.js';
import { type FigureToken, tokenizeFigureText } from '../words/tokenize-figure-text.js';
import { classifyFigure } from './classify-figure.js';
import type { Figure, FigureBound } from './figure.js';
import { type Amount, findAmounts } from './find-amounts.js';
import { type Attribution, findAttributions } from './find-attributions.js';
import { findClaimant } from './find-claimant.js';
import { findCountedNoun } from './find-counted-noun.js';
import { findFigurePlace } from './find-figure-place.js';
import { findNonFigureReason } from './find-non-figure-reason.js';
import { findOutsideStoryReason } from './find-outside-story-reason.js';
import { findPeriod } from './find-period.js';
import { findQualifier } from './find-qualifier.js';
import { type ClaimContext, readFigureClaim } from './read-figure-claim.js';
import { resolveClaimDate } from './resolve-claim-date.js';

/** What `extractFigures` needs beside the report: the corpus's sides (`buildSideLexicon`). */
export type ExtractFiguresOptions = { readonly lexicon: SideLexicon };

/**
 * Finds the casualty and troop figures in a report's sentences, once, when the report is read.
 *
 * For every amount in a sentence (see `findAmounts`): drop what is not about people (money,
 * weapons, distances, dates, … see `findNonFigureReason`), classify it (`classifyFigure`), then
 * read its qualifier, whose losses it is (`findSubject`), who claims it (`findAttributions`,
 * `findClaimant`), when (`resolveClaimDate`) and over what period (`findPeriod`).
 *
 * `sentences` are the report's sentences in order (earlier ones resolve "he said"). Pure and
 * deterministic; figures come in text order; offsets point into `report.text`. Returns `[]` for
 * a report without figures.
 *
 * @example
 * extractFigures(report, splitSentences(report), { lexicon }); // [{ text: 'more than 3,000', value: 3000, bound: 'lower', … }]
 */
export function extractFigures(
  report: Report,
  sentences: readonly Sentence[],
  options: ExtractFiguresOptions,
): Figure[] {
  const figures: Figure[] = [];
  const turnOf = createTurnReader(report);
  sentences.forEach((sentence, index) => {
    const text = sentence.text;
    let tokenized: readonly FigureToken[] | null = null;
    const tokensOf = () => {
      tokenized ??= tokenizeFigureText(text);
      return tokenized;
    };
    const amounts = findAmounts(text, tokensOf);
    if (amounts.length === 0) return;
    const tokens = tokensOf();
    let attributions: readonly Attribution[] | null = null;
    let whole = null as Whole | null;
    let outside: string | null | undefined;
    const outsideReason = () => {
      if (outside === undefined)
        outside = findOutsideStoryReason(text, { reportDate: report.date, lexicon: options.lexicon });
      return outside;
    };
    for (const [at, amount] of amounts.entries()) {
      if (findNonFigureReason(text, tokens, amount) !== null) continue;
      const counted = findCountedNoun(text, tokens, amount.end);
      const nounEnd = counted?.token.end ?? amount.end;
      // "12,000 troops, including 500 officers and three generals": the parts are the whole's.
      const parent: Whole | null =
        whole !== null && isPartOf(text.slice(whole.amount.end, amount.start), whole.isPart) ? whole : null;
      const figureClass =
        parent?.figure ?? classifyFigure(text, tokens, { amount, amounts, noun: counted?.noun ?? null, nounEnd });
      if (figureClass === null) continue;
      attributions ??= findAttributions(sentences, index);
      const before = amount.isVague ? null : findQualifier(text, amount.start);
      // "the 10,000-plus troops", "10,000+ soldiers": a lower bound written after the number.
      const plus = amount.isVague || before !== null ? null : PLUS_AFTER.exec(text.slice(amount.end));
      const qualifier = before ?? (plus === null ? null : { text: plus[0].replace(/^-/, ''), bound: 'lower' as const });
      const end = amount.end + (plus?.[0].length ?? 0);
      const claimant = findClaimant(attributions, amount);
      const claim = readFigureClaim(claimant, {
        text,
        tokens,
        turn: claimant === null ? turnOf(sentence.block) : null,
      });
      const start = before?.start ?? amount.start;
      const period = findPeriod(text, amount);
      const claimDate = resolveClaimDate(text, {
        reportDate: report.date,
        near: claimant?.anchor ?? amount.start,
        ...(claimant === null ? {} : { attributionAt: claimant.anchor }),
      });
      const figure: Figure = {
        id: `${sentence.id}@${sentence.start + start}`,
        reportId: report.id,
        sentenceId: sentence.id,
        kind: figureClass.kind,
        start: sentence.start + start,
        end: sentence.start + end,
        text: text.slice(start, end),
        value: amount.value,
        valueMax: amount.valueMax,
        qualifier: qualifier?.text ?? null,
        bound: readBound(amount, qualifier?.bound ?? null),
        category: figureClass.category,
        subject:
          parent?.figure.subject ??
          findSubject(
            { sentences, index, excluded: attributions, title: report.title, lexicon: options.lexicon },
            { start: amount.start, end: amount.end, nounEnd },
          ),
        ...claim,
        date: claimDate.date,
        dateText: claimDate.dateText,
        period: period?.text ?? null,
        isRate: period?.isRate ?? false,
        isPart: parent !== null,
        isOutsideStory: outsideReason() !== null,
        outsideReason: outsideReason(),
        // A part is counted where its whole is ("12,000 troops in Kursk, including 500 officers").
        place:
          parent === null
            ? findFigurePlace(text, {
                start: amount.start,
                end: amount.end,
                previousEnd: amounts[at - 1]?.end ?? 0,
                nextStart: amounts[at + 1]?.start ?? text.length,
                lexicon: options.lexicon,
              })
            : (parent.figure.place ?? null),
      };
      figures.push(figure);
      whole = { amount, figure: parent?.figure ?? figure, isPart: parent !== null };
    }
  });
  return figures;
}

/**
 * The transcript turn (`findTranscriptTurns`) of each block of a report, its speaker resolved
 * once per label (`resolveTurnSpeaker`); null outside a transcript and for a reporter's question.
 */
function createTurnReader(report: Report): (block: number) => ClaimContext['turn'] {
  let turns: ReturnType<typeof findTranscriptTurns> | null = null;
  let mentions: Mention[] | null = null;
  const speakers = new Map<string, string | null>();
  return (block) => {
    turns ??= findTranscriptTurns(report.blocks.map((b) => report.text.slice(b.start, b.end)));
    const turn = turns[block];
    if (turn === null || turn === undefined || turn.isQuestion) return null;
    if (!speakers.has(turn.label)) {
      mentions ??= findMentions(report.text);
      speakers.set(turn.label, resolveTurnSpeaker(turn.label, { title: report.title ?? '', body: mentions }).speaker);
    }
    return { speaker: speakers.get(turn.label) ?? null, label: turn.label };
  };
}

const PLUS_AFTER = /^(?:-plus\b|\+)/;

/** The last figure of a sentence that later amounts may be part of. */
type Whole = { readonly amount: Amount; readonly figure: Figure; readonly isPart: boolean };

const QUALIFIER = String.raw`(?:about|around|some|roughly|approximately|at\s+least|more\s+than|over|nearly|almost|up\s+to)?\s*`;
const PARTS_START = new RegExp(String.raw`^[^;:()]{0,80}?\b(?:including|among\s+them|of\s+whom)\s+${QUALIFIER}$`, 'iu');
const PARTS_NEXT = new RegExp(String.raw`^[\s\p{L}'’-]{0,40}?(?:,\s*|\s+)(?:and\s+|or\s+)?${QUALIFIER}$`, 'iu');

/** The text between a figure and the next amount says the amount is part of it. */
function isPartOf(between: string, isAfterPart: boolean): boolean {
  return PARTS_START.test(between) || (isAfterPart && PARTS_NEXT.test(between));
}

function readBound(amount: Amount, qualified: FigureBound | null): FigureBound {
  if (amount.isVague) return 'vague';
  if (amount.valueMax !== null) return 'range';
  return qualified ?? 'exact';
}
