// STUB — replaced by the figures work.
import type { FiguresAnswer } from '../../answer/answer.js';

/** `/casualties` and `/troops` as plain text. */
export function renderFiguresText(answer: FiguresAnswer): string {
  return `${answer.figureCount} figures from ${answer.reportCount} reports`;
}
