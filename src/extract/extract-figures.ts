import type { Report } from '../corpus/report.js';
import type { Sentence } from '../search/sentence.js';
import { classifyFigure } from './classify-figure.js';
import type { Figure, FigureBound } from './figure.js';
import { type Amount, findAmounts } from './find-amounts.js';
import { type Attribution, findAttributions } from './find-attributions.js';
import { findClaimant } from './find-claimant.js';
import { findCountedNoun } from './find-counted-noun.js';
import { findNonFigureReason } from './find-non-figure-reason.js';
import { findPeriod } from './find-period.js';
import { findQualifier } from './find-qualifier.js';
import { findSubject } from './find-subject.js';
import { resolveClaimDate } from './resolve-claim-date.js';
import { tokenizeFigureText } from './tokenize-figure-text.js';

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
 * extractFigures(report, splitSentences(report)); // [{ text: 'more than 3,000', value: 3000, bound: 'lower', … }]
 */
export function extractFigures(report: Report, sentences: readonly Sentence[]): Figure[] {
  const figures: Figure[] = [];
  sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const amounts = findAmounts(text);
    if (amounts.length === 0) return;
    const tokens = tokenizeFigureText(text);
    let attributions: readonly Attribution[] | null = null;
    for (const amount of amounts) {
      if (findNonFigureReason(text, tokens, amount) !== null) continue;
      const counted = findCountedNoun(text, tokens, amount.end);
      const nounEnd = counted?.token.end ?? amount.end;
      const figureClass = classifyFigure(text, tokens, { amount, amounts, noun: counted?.noun ?? null, nounEnd });
      if (figureClass === null) continue;
      attributions ??= findAttributions(sentences, index);
      const qualifier = amount.isVague ? null : findQualifier(text, amount.start);
      const claimant = findClaimant(attributions, amount);
      const start = qualifier?.start ?? amount.start;
      const period = findPeriod(text, amount);
      const claimDate = resolveClaimDate(text, { reportDate: report.date, near: claimant?.anchor ?? amount.start });
      figures.push({
        id: `${sentence.id}@${sentence.start + start}`,
        reportId: report.id,
        sentenceId: sentence.id,
        kind: figureClass.kind,
        start: sentence.start + start,
        end: sentence.start + amount.end,
        text: text.slice(start, amount.end),
        value: amount.value,
        valueMax: amount.valueMax,
        qualifier: qualifier?.text ?? null,
        bound: readBound(amount, qualifier?.bound ?? null),
        category: figureClass.category,
        subject: findSubject(
          { sentences, index, excluded: attributions, title: report.title },
          { start: amount.start, end: amount.end, nounEnd },
        ),
        claimant: claimant?.claimant ?? null,
        date: claimDate.date,
        dateText: claimDate.dateText,
        period: period?.text ?? null,
        isRate: period?.isRate ?? false,
      });
    }
  });
  return figures;
}

function readBound(amount: Amount, qualified: FigureBound | null): FigureBound {
  if (amount.isVague) return 'vague';
  if (amount.valueMax !== null) return 'range';
  return qualified ?? 'exact';
}
