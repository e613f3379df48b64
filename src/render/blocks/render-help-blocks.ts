import type { HelpAnswer, UsageAnswer } from '../../answer/answer.js';
import { buildContexts, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit } from './paginate-blocks.js';

/** The one-line promise shown at the top of the help. */
export const HELP_INTRO = 'Verbatim answers with verbatim, cited excerpts from the reports, never generated text.';

/**
 * `help` (every command with an example; a free question also with the filters it can carry, one
 * line each, as the text rendering lists them) and a usage answer (the message and the usage line).
 */
export function renderHelpBlocks(answer: HelpAnswer | UsageAnswer): BlockUnit[] {
  if (answer.kind === 'usage') {
    return [buildSections(`${escapeMrkdwn(answer.message)}.\nUsage: \`${escapeMrkdwn(answer.usage)}\``)];
  }
  const units: BlockUnit[] = [[buildHeader('Verbatim'), ...buildSections(HELP_INTRO)]];
  for (const entry of answer.entries) {
    units.push([
      ...buildSections(`\`${escapeMrkdwn(entry.usage)}\`\n${escapeMrkdwn(entry.description)}`),
      ...buildContexts([`e.g. \`${escapeMrkdwn(entry.example)}\``]),
      ...(entry.filters === undefined || entry.filters.length === 0
        ? []
        : buildSections(
            entry.filters
              .map((filter) => `• ${escapeMrkdwn(filter.name)}: \`${escapeMrkdwn(filter.example)}\``)
              .join('\n'),
          )),
    ]);
  }
  return units;
}
