import type { Figure } from '../extract/figures/figure.js';
import type { FigureFacts } from './answer.js';

/**
 * The facts of a figure an answer shows (`FigureFacts`): its reading, category, side, claimant
 * fields, date and period, without ids and offsets. Pure.
 */
export function toFigureFacts(figure: Figure): FigureFacts {
  return {
    text: figure.text,
    value: figure.value,
    valueMax: figure.valueMax,
    qualifier: figure.qualifier,
    bound: figure.bound,
    category: figure.category,
    subject: figure.subject,
    population: figure.population ?? null,
    claimant: figure.claimant,
    attribution: figure.attribution,
    claimantContext: figure.claimantContext,
    date: figure.date,
    dateText: figure.dateText,
    period: figure.period,
    isRate: figure.isRate,
  };
}
