import type { NoMatchAnswer, ResultsAnswer } from '../../answer/answer.js';
import { formatCount, formatNumber } from '../format-count.js';
import { buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit } from './paginate-blocks.js';
import { renderExcerptBlocks } from './render-excerpt-blocks.js';

/**
 * `/reports` results (one cited sentence per report), and any command's no-match answer, as block
 * units. Results are numbered with their matched words in bold; when the answer stops before the last match, a closing line
 * says how many were not shown and how to narrow the search.
 */
export function renderSearchBlocks(answer: ResultsAnswer | NoMatchAnswer): BlockUnit[] {
  return answer.kind === 'results' ? renderResults(answer) : renderNoMatch(answer);
}

function renderResults(answer: ResultsAnswer): BlockUnit[] {
  const first = answer.offset + 1;
  const last = answer.offset + answer.results.length;
  const terms = answer.terms.length > 0 ? ` · terms: ${answer.terms.map(escapeMrkdwn).join(', ')}` : '';
  const skipped =
    answer.skippedTerms.length > 0
      ? ` · too common to search: ${answer.skippedTerms.map(escapeMrkdwn).join(', ')}`
      : '';
  const intro = `Reports *${first}–${last}* of *${formatNumber(answer.total)}* for “${escapeMrkdwn(answer.query)}”${terms}${skipped}`;
  const units: BlockUnit[] = [[buildHeader('Matching reports'), ...buildSections(intro)]];
  answer.results.forEach((result, i) => {
    units.push(renderExcerptBlocks(result, { lead: `*${answer.offset + i + 1}.*` }));
  });
  const unshown = answer.total - last;
  if (answer.nextCursor !== null && unshown > 0) {
    units.push(
      buildSections(
        `${unshown} more matching ${unshown === 1 ? 'report is' : 'reports are'} not shown: add words to narrow the search.`,
      ),
    );
  }
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
