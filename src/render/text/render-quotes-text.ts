import type { QuoteRow } from '../../answer/answer.js';
import { buildQuotesLayout, type QuotesAnswer, type QuotesLayoutItem, shortenQuote } from '../build-quotes-layout.js';
import { PLAIN_TEXT_STYLE, renderCitationText, renderExcerptText, type TextStyle } from './render-citation-text.js';

/** Shown under a quote that the copy cuts off before its closing mark. */
export const CUT_NOTE = '  (cut off in the copy)';

/**
 * `/who-said` answers as plain text, from the layout both renderers share (`buildQuotesLayout`):
 * its lines in order, a blank line before and after each quote, each quote numbered. A first-screen
 * quote is two lines, its short excerpt and its citation; a full row is the sentence with the quote
 * marked and its citation, headed by the speaker (and the differing words) for phrase answers.
 * Report text is escaped with the style's escape (Slack fallback). Deterministic.
 */
export function renderQuotesText(answer: QuotesAnswer, style: TextStyle = PLAIN_TEXT_STYLE): string {
  const escapeText = style.escape ?? ((text: string) => text);
  const lines: string[] = [];
  let isAfterLine = false;
  for (const item of buildQuotesLayout(answer)) {
    const paragraph = renderItem(item, style, escapeText);
    if (paragraph.length === 0) continue;
    const isLine = item.kind === 'line';
    if (lines.length > 0 && !(isLine && isAfterLine)) lines.push('');
    lines.push(...paragraph);
    isAfterLine = isLine;
  }
  return lines.join('\n');
}

function renderItem(item: QuotesLayoutItem, style: TextStyle, escapeText: (text: string) => string): string[] {
  switch (item.kind) {
    case 'line':
      return [escapeText(item.text)];
    case 'best': {
      const lead = item.row.quote.direct ? '' : 'paraphrase: ';
      return [
        `${item.number}. ${lead}“${escapeText(shortenQuote(item.row.quote.text))}”`,
        `    — ${renderCitationText(item.row.citation)}`,
        ...(item.row.quote.isCut ? [CUT_NOTE] : []),
      ];
    }
    case 'row':
      return [headRow(item.number, item.row, item.isSpeakerShown, escapeText), ...renderRow(item.row, style)];
    case 'mention':
      return [`${item.number}.`, renderExcerptText(item.excerpt, '  ', style)];
    case 'page-break':
      return [];
  }
}

function headRow(number: number, row: QuoteRow, isSpeakerShown: boolean, escapeText: (text: string) => string): string {
  if (!isSpeakerShown) return `${number}.`;
  const speaker = row.quote.speaker ?? 'speaker not named in the report';
  const differing =
    row.quote.differingWords.length > 0 ? ` (differing words: ${row.quote.differingWords.join(', ')})` : '';
  return `${number}. ${escapeText(`${speaker}${differing}`)}`;
}

function renderRow(row: QuoteRow, style: TextStyle): string[] {
  const excerpt = renderExcerptText(row, '  ', style);
  return row.quote.isCut ? [excerpt, CUT_NOTE] : [excerpt];
}
