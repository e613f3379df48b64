import type { QuoteRow } from '../../answer/answer.js';
import { buildQuotesLayout, type QuotesAnswer, type QuotesLayoutItem, shortenQuote } from '../build-quotes-layout.js';
import { buildContexts, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { type BlockUnit, type LazyUnit, PAGE_BREAK } from './paginate-blocks.js';
import { renderCitationLine, renderExcerptBlocks } from './render-excerpt-blocks.js';

/**
 * `/who-said` answers as block units, from the layout the text renderer shares
 * (`buildQuotesLayout`), so Slack and the terminal say the same lines in the same order: a "Who
 * said it" header, each run of lines as one section (strong lines in bold), each first-screen
 * quote as a short excerpt with its citation, each full row as its excerpt. The first screen ends
 * at the layout's page break. A person's paraphrased statements stay under their own heading,
 * never presented as the person's words. Report and user text is escaped.
 */
export function renderQuotesBlocks(answer: QuotesAnswer): BlockUnit[] {
  return listQuotesUnits(answer).map((unit) => unit());
}

/** The units of `renderQuotesBlocks`, each rendered only when called (a page renders only its own rows). */
export function listQuotesUnits(answer: QuotesAnswer): LazyUnit[] {
  const units: LazyUnit[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.join('\n');
    // Every layout opens with lines: the first run carries the header.
    const header = units.length === 0 ? [buildHeader('Who said it')] : [];
    units.push(() => [...header, ...buildSections(text)]);
    run = [];
  };
  for (const item of buildQuotesLayout(answer)) {
    if (item.kind === 'line') {
      run.push(item.isStrong ? `*${escapeMrkdwn(item.text)}*` : escapeMrkdwn(item.text));
      continue;
    }
    flush();
    units.push(renderItem(item));
  }
  flush();
  return units;
}

const CUT_FACT = 'the quotation is cut off in the source';

function renderItem(item: Exclude<QuotesLayoutItem, { kind: 'line' }>): LazyUnit {
  switch (item.kind) {
    case 'best':
      return () => renderBest(item.number, item.row);
    case 'row':
      return () => renderQuoteRow(item.number, item.row, item.isSpeakerShown);
    case 'mention':
      return () => renderExcerptBlocks(item.excerpt, { lead: `*${item.number}.*` });
    case 'page-break':
      return () => PAGE_BREAK;
  }
}

function renderBest(number: number, row: QuoteRow): BlockUnit {
  const lead = row.quote.direct ? '' : '_paraphrase:_ ';
  return [
    ...buildSections(`*${number}.* ${lead}“${escapeMrkdwn(shortenQuote(row.quote.text))}”`),
    ...buildContexts([...(row.quote.isCut ? [CUT_FACT] : []), renderCitationLine(row.citation)]),
  ];
}

function renderQuoteRow(number: number, row: QuoteRow, isSpeakerShown: boolean): BlockUnit {
  const facts: string[] = [];
  if (isSpeakerShown)
    facts.push(row.quote.speaker === null ? 'speaker not named in the report' : `*${escapeMrkdwn(row.quote.speaker)}*`);
  facts.push(row.quote.direct ? 'direct quote' : 'paraphrase');
  if (row.quote.match === 'near' && row.quote.differingWords.length > 0) {
    facts.push(`differs in: ${row.quote.differingWords.map(escapeMrkdwn).join(', ')}`);
  }
  if (row.quote.isCut) facts.push(CUT_FACT);
  return renderExcerptBlocks(row, { lead: `*${number}.*`, facts: [facts.join(' · ')] });
}
