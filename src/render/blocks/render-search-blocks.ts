import type { NoMatchAnswer, ResultsAnswer } from '../../answer/answer.js';
import { buildResultsLines } from '../build-results-lines.js';
import { formatCount } from '../format-count.js';
import { buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit } from './paginate-blocks.js';
import { renderExcerptBlocks } from './render-excerpt-blocks.js';

/**
 * `/reports` results, and any command's no-match answer, as block units. The lines around the
 * reports are `buildResultsLines`' (the text renderer prints the same): the count line, the notes
 * (framing words not searched, near spellings), then the numbered reports, each with its cited
 * sentences and the matched words in bold, then the "narrow" line when more reports match.
 */
export function renderSearchBlocks(answer: ResultsAnswer | NoMatchAnswer): BlockUnit[] {
  return answer.kind === 'results' ? renderResults(answer) : renderNoMatch(answer);
}

function renderResults(answer: ResultsAnswer): BlockUnit[] {
  const lines = buildResultsLines(answer);
  const intro = [lines.count, ...lines.notes].map(escapeMrkdwn).join('\n');
  const units: BlockUnit[] = [[buildHeader('Matching reports'), ...buildSections(intro)]];
  answer.results.forEach((result, i) => {
    units.push([
      ...renderExcerptBlocks(result, { lead: `*${answer.offset + i + 1}.*` }),
      ...(result.more ?? []).flatMap((excerpt) => renderExcerptBlocks(excerpt)),
    ]);
  });
  if (lines.narrow !== null) units.push(buildSections(escapeMrkdwn(lines.narrow)));
  return units;
}

function renderNoMatch(answer: NoMatchAnswer): BlockUnit[] {
  const terms =
    answer.terms.length > 0
      ? answer.terms.map((term) => `“${escapeMrkdwn(term)}”`).join(', ')
      : '(no searchable words)';
  const suggestions =
    answer.suggestions.length > 0
      ? `Closest terms in the reports: ${answer.suggestions.map(escapeMrkdwn).join(', ')}`
      : 'No close terms in the reports.';
  const text = [
    `No match for “${escapeMrkdwn(answer.query)}” in ${formatCount(answer.reportsSearched, 'report')}.`,
    `Searched for: ${terms} (${answer.command}).`,
    suggestions,
  ].join('\n');
  return [[buildHeader('No match'), ...buildSections(text)]];
}
