import type { NotQuotedAnswer, PhraseQuotesAnswer, QuoteRow, SpeakerQuotesAnswer } from '../../answer/answer.js';
import { PLAIN_TEXT_STYLE, renderExcerptText, type TextStyle } from './render-citation-text.js';

/** Shown under a quote that the copy cuts off before its closing mark. */
export const CUT_NOTE = '  (cut off in the copy)';
/** Heads the statements a report paraphrases, so they are never read as the person's words. */
export const PARAPHRASE_HEADING = 'Paraphrased by the reports (not their words):';

/**
 * `/who-said` answers as plain text, from a fixed template: a header line, then numbered rows,
 * each a verbatim excerpt with the quote marked and its citation.
 * - person: "Quotes by Volodymyr Zelensky (Ukrainian President) — 2 quotes in 2 reports", the
 *   other spellings, the quotes, then "Paraphrased by the reports (not their words):" and those;
 * - phrase: "Who said “meat grinder”: exact match" or "…: near matches", each row headed by the
 *   speaker and, for near matches, the differing words;
 * - not quoted: "No quote matches “…”. These sentences mention it without quoting anyone:".
 * Deterministic.
 */
export function renderQuotesText(
  answer: SpeakerQuotesAnswer | PhraseQuotesAnswer | NotQuotedAnswer,
  style: TextStyle = PLAIN_TEXT_STYLE,
): string {
  switch (answer.kind) {
    case 'speaker-quotes':
      return renderSpeaker(answer, style);
    case 'phrase-quotes':
      return renderPhrase(answer, style);
    case 'not-quoted':
      return [
        `No quote matches “${answer.query}”. These sentences mention it without quoting anyone:`,
        ...answer.mentions.flatMap((mention, i) => ['', `${i + 1}.`, renderExcerptText(mention, '  ', style)]),
      ].join('\n');
  }
}

function renderSpeaker(answer: SpeakerQuotesAnswer, style: TextStyle): string {
  const { name, role, spellings } = answer.speaker;
  const reports = new Set(answer.quotes.map((row) => row.citation.file)).size;
  const lines = [
    `Quotes by ${name}${role === null ? '' : ` (${role})`} — ${count(answer.quotes.length, 'quote')} in ${count(reports, 'report')}${answer.about === undefined ? '' : ` · about “${answer.about}”`}`,
  ];
  const others = spellings.filter((spelling) => spelling !== name);
  if (others.length > 0) lines.push(`Also written: ${others.join(', ')}`);
  if (answer.quotes.length === 0) lines.push('', 'No direct quotes.');
  for (const [i, row] of answer.quotes.entries()) lines.push('', `${i + 1}.`, ...renderRow(row, style));
  if (answer.paraphrases.length > 0) {
    lines.push('', PARAPHRASE_HEADING);
    for (const [i, row] of answer.paraphrases.entries()) lines.push('', `${i + 1}.`, ...renderRow(row, style));
  }
  return lines.join('\n');
}

function renderPhrase(answer: PhraseQuotesAnswer, style: TextStyle): string {
  const lines = [`Who said “${answer.query}”: ${answer.match === 'exact' ? 'exact match' : 'near matches'}`];
  answer.quotes.forEach((row, i) => {
    const speaker = row.quote.speaker ?? 'speaker not named in the report';
    const differing =
      row.quote.differingWords.length > 0 ? ` (differing words: ${row.quote.differingWords.join(', ')})` : '';
    lines.push('', `${i + 1}. ${speaker}${differing}`, ...renderRow(row, style));
  });
  return lines.join('\n');
}

function renderRow(row: QuoteRow, style: TextStyle): string[] {
  const excerpt = renderExcerptText(row, '  ', style);
  return row.quote.isCut ? [excerpt, CUT_NOTE] : [excerpt];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
