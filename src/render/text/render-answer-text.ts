import {
  type Answer,
  assertNever,
  type NoMatchAnswer,
  type ResultsAnswer,
  type SourcesAnswer,
} from '../../answer/answer.js';
import type { AnswerPart } from '../answer-part.js';
import { buildResultsLines } from '../build-results-lines.js';
import { formatCount } from '../format-count.js';
import { showInvisibleControls } from '../show-invisible-controls.js';
import { PLAIN_TEXT_STYLE, renderExcerptText, type TextStyle } from './render-citation-text.js';
import { renderFiguresText } from './render-figures-text.js';
import { renderQuotesText } from './render-quotes-text.js';

/**
 * Renders any answer as plain text for a terminal or, with the Slack style, a notification
 * fallback. Every line is fixed template text or a verbatim excerpt with its citation; direction and
 * zero-width controls in report text are shown as `<U+202E>`. `part` gives the lines of one Slack
 * message (`AnswerPart`); the terminal shows the whole answer. Deterministic.
 */
export function renderAnswerText(
  answer: Answer,
  style: TextStyle = PLAIN_TEXT_STYLE,
  part: AnswerPart | 'whole' = 'whole',
): string {
  return showInvisibleControls(renderAnyAnswer(answer, style, part));
}

function renderAnyAnswer(answer: Answer, style: TextStyle, part: AnswerPart | 'whole'): string {
  switch (answer.kind) {
    case 'results':
      return renderResults(answer, style);
    case 'no-match':
      return renderNoMatch(answer);
    case 'sources':
      return renderSources(answer);
    case 'help':
      return [
        'Verbatim answers with verbatim, cited excerpts from the reports, never generated text.',
        '',
        ...answer.entries.flatMap((entry) => [
          `${entry.usage}`,
          `  ${entry.description}`,
          `  e.g. ${entry.example}`,
          ...(entry.filters ?? []).map((filter) => `  • ${filter.name}: ${filter.example}`),
        ]),
      ].join('\n');
    case 'usage':
      return `${answer.message}. Usage: ${answer.usage}`;
    case 'figures':
      return renderFiguresText(answer, style, part);
    case 'speaker-quotes':
    case 'several-speakers':
    case 'phrase-quotes':
    case 'not-quoted':
      return renderQuotesText(answer, style);
    default:
      return assertNever(answer);
  }
}

function renderResults(answer: ResultsAnswer, style: TextStyle): string {
  const shared = buildResultsLines(answer);
  const lines = [shared.count, ...shared.notes];
  answer.results.forEach((result, i) => {
    lines.push('', `${answer.offset + i + 1}.`, renderExcerptText(result, '  ', style));
    for (const excerpt of result.more ?? []) lines.push(renderExcerptText(excerpt, '  ', style));
  });
  if (shared.narrow !== null) lines.push('', shared.narrow);
  // The terminal's "more" control, where Slack has a button.
  if (answer.nextCursor !== null) lines.push(`More: add --cursor ${answer.nextCursor}`);
  return lines.join('\n');
}

function renderNoMatch(answer: NoMatchAnswer): string {
  const terms = answer.terms.length > 0 ? answer.terms.map((term) => `"${term}"`).join(', ') : '(no searchable words)';
  const lines = [
    `No match for "${answer.query}" in ${formatCount(answer.reportsSearched, 'report')}.`,
    `Searched for: ${terms} (${answer.command}).`,
  ];
  lines.push(
    answer.suggestions.length > 0
      ? `Closest terms in the reports: ${answer.suggestions.join(', ')}`
      : 'No close terms in the reports.',
  );
  return lines.join('\n');
}

function renderSources(answer: SourcesAnswer): string {
  const lines = [`${formatCount(answer.reports.length, 'report')} · fingerprint ${answer.fingerprint}`];
  if (answer.stale !== undefined) {
    lines.push(
      `Stale: ${answer.stale}. These are the reports last read; answers come from them until the folder is back.`,
    );
  }
  for (const report of answer.reports) {
    lines.push(
      '',
      `${report.title ?? '(untitled)'}`,
      `  ${report.file} · ${report.outlet ?? 'outlet unknown'} · ${report.date ?? 'undated'} · ${formatCount(report.bytes, 'byte')} · ${formatCount(report.sentences, 'sentence')}`,
    );
    if (report.url !== null) lines.push(`  ${report.url}`);
  }
  return lines.join('\n');
}
