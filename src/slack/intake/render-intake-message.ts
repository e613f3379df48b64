import type { ConvertedReport } from '../../corpus/formats/converted-report.js';
import { buildSections } from '../../render/blocks/build-block.js';
import { escapeMrkdwn } from '../../render/blocks/escape-mrkdwn.js';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { renderFallbackText } from '../../render/blocks/render-fallback-text.js';

/** What an add request came to, as the asker is told. */
export type IntakeResult =
  | {
      readonly kind: 'added';
      readonly file: string;
      readonly report: ConvertedReport;
      readonly sentences: number;
      readonly figures: number;
      readonly replaces: string | null;
    }
  | { readonly kind: 'duplicate'; readonly file: string; readonly report: ConvertedReport }
  | { readonly kind: 'refused'; readonly what: string; readonly reason: string }
  | { readonly kind: 'not-allowed' }
  | { readonly kind: 'usage' }
  | { readonly kind: 'nothing-to-add' };

/**
 * The private reply to an add request: fixed template text and the report's own metadata (title,
 * outlet, date, file) or the reason, each escaped like every other answer (`escapeMrkdwn`), as
 * blocks and the same words as fallback text. Pure and deterministic.
 *
 * @example
 * renderIntakeMessage({ kind: 'not-allowed' }).text // 'You are not on the list of people who may add reports to Verbatim.'
 */
export function renderIntakeMessage(result: IntakeResult): SlackMessage {
  const mrkdwn = renderLines(result, escapeMrkdwn).join('\n');
  // Rule: the fallback escapes `&`, `<` and `>` itself, so it is built from the values as they are.
  const plain = renderLines(result, (text) => text).join('\n');
  return { blocks: buildSections(mrkdwn), text: renderFallbackText(plain) };
}

function renderLines(result: IntakeResult, escapeText: (text: string) => string): string[] {
  switch (result.kind) {
    case 'added':
      return [
        `Added ${describe(result.report, escapeText)}.`,
        `${count(result.sentences, 'sentence')} and ${count(result.figures, 'figure')}, in ${escapeText(result.file)}.`,
        ...(result.replaces === null ? [] : [`A new version beside ${escapeText(result.replaces)}.`]),
      ];
    case 'duplicate':
      return [`Already there: ${describe(result.report, escapeText)}, in ${escapeText(result.file)}.`];
    case 'refused':
      return [`Could not add ${escapeText(result.what)}: ${escapeText(result.reason)}.`];
    case 'not-allowed':
      return ['You are not on the list of people who may add reports to Verbatim.'];
    case 'usage':
      return ['To add a report, write add and its address, for example: /verbatim add https://example.com/news/story'];
    case 'nothing-to-add':
      return ['That message has no link or file to add.'];
  }
}

/** "Title" (Outlet, 2024-11-05), with "untitled", "outlet not given" and "date not given" where unknown. */
function describe(report: ConvertedReport, escapeText: (text: string) => string): string {
  const title = report.title === null ? 'an untitled report' : `“${escapeText(report.title)}”`;
  const outlet = report.outlet === null ? 'outlet not given' : escapeText(report.outlet);
  const date = report.date ?? 'date not given';
  return `${title} (${outlet}, ${date})`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
