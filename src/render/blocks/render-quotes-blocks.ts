import type { NotQuotedAnswer, PhraseQuotesAnswer, QuoteRow, SpeakerQuotesAnswer } from '../../answer/answer.js';
import { assertNever } from '../../answer/answer.js';
import { formatNumber } from '../format-count.js';
import { buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit, LazyUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';
import { renderExcerptBlocks } from './render-excerpt-blocks.js';

/**
 * `/who-said` answers as block units. A person's direct quotes come first; statements the reports
 * paraphrase follow under their own heading, never presented as the person's words. Phrase
 * answers say whether the match is exact or near, and which words differ.
 */
export function renderQuotesBlocks(answer: SpeakerQuotesAnswer | PhraseQuotesAnswer | NotQuotedAnswer): BlockUnit[] {
  return listQuotesUnits(answer).map((unit) => unit());
}

/** The units of `renderQuotesBlocks`, each rendered only when called (a page renders only its own rows). */
export function listQuotesUnits(answer: SpeakerQuotesAnswer | PhraseQuotesAnswer | NotQuotedAnswer): LazyUnit[] {
  switch (answer.kind) {
    case 'speaker-quotes':
      return renderSpeaker(answer);
    case 'phrase-quotes':
      return renderPhrase(answer);
    case 'not-quoted':
      return renderNotQuoted(answer);
    default:
      return assertNever(answer);
  }
}

function renderSpeaker(answer: SpeakerQuotesAnswer): LazyUnit[] {
  const { speaker } = answer;
  const role = speaker.role === null ? '' : `, ${escapeMrkdwn(speaker.role)}`;
  const spellings = speaker.spellings.filter((spelling) => spelling !== speaker.name);
  const lines = [
    `*${escapeMrkdwn(speaker.name)}*${role}`,
    `*${formatNumber(answer.quotes.length)}* direct ${pluralWord(answer.quotes.length, 'quote')} · *${formatNumber(answer.paraphrases.length)}* ${pluralWord(answer.paraphrases.length, 'statement')} the reports paraphrase${answer.about === undefined ? '' : ` · about “${escapeMrkdwn(answer.about)}”`}`,
  ];
  if (spellings.length > 0) lines.push(`Also written as: ${spellings.map(escapeMrkdwn).join(', ')}`);
  const units: LazyUnit[] = [() => [buildHeader('Who said it'), ...buildSections(lines.join('\n'))]];
  for (const row of answer.quotes) units.push(() => renderQuoteRow(row, false));
  answer.paraphrases.forEach((row, i) => {
    const heading = i === 0 ? buildSections('*Paraphrased by the reports* (the reports’ words, not a quotation)') : [];
    units.push(() => [...heading, ...renderQuoteRow(row, false)]);
  });
  return units;
}

function renderPhrase(answer: PhraseQuotesAnswer): LazyUnit[] {
  const query = `“${escapeMrkdwn(answer.query)}”`;
  const intro =
    answer.match === 'exact'
      ? `*${formatNumber(answer.quotes.length)}* ${pluralWord(answer.quotes.length, 'quote')} containing ${query}`
      : `No quote contains exactly ${query}; the *${formatNumber(answer.quotes.length)}* closest ${pluralWord(answer.quotes.length, 'quote')}:`;
  return [
    () => [buildHeader('Who said it'), ...buildSections(intro)],
    ...answer.quotes.map((row) => () => renderQuoteRow(row, true)),
  ];
}

function renderNotQuoted(answer: NotQuotedAnswer): LazyUnit[] {
  const intro = `Nobody is quoted saying “${escapeMrkdwn(answer.query)}”. *${formatNumber(answer.mentions.length)}* ${pluralWord(answer.mentions.length, 'sentence mentions', 'sentences mention')} it:`;
  return [
    () => [buildHeader('Who said it'), ...buildSections(intro)],
    ...answer.mentions.map((excerpt) => () => renderExcerptBlocks(excerpt)),
  ];
}

function renderQuoteRow(row: QuoteRow, isSpeakerShown: boolean): BlockUnit {
  const facts: string[] = [];
  if (isSpeakerShown)
    facts.push(row.quote.speaker === null ? 'speaker not named in the report' : `*${escapeMrkdwn(row.quote.speaker)}*`);
  facts.push(row.quote.direct ? 'direct quote' : 'paraphrase');
  if (row.quote.match === 'near' && row.quote.differingWords.length > 0) {
    facts.push(`differs in: ${row.quote.differingWords.map(escapeMrkdwn).join(', ')}`);
  }
  if (row.quote.isCut) facts.push('the quotation is cut off in the source');
  return renderExcerptBlocks(row, { facts: [facts.join(' · ')] });
}
