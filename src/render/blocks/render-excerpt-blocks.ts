import type { KnownBlock } from '@slack/types';
import type { Citation, Excerpt } from '../../answer/answer.js';
import { hasOwnQuoteMarks } from '../has-own-quote-marks.js';
import { renderCitationSource, renderCitationSpan, renderCitationText } from '../text/render-citation-text.js';
import { MAX_SECTION_TEXT } from './block-limits.js';
import { buildContexts, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderCitationMenu } from './render-citation-menu.js';
import { renderMarkedMrkdwn } from './render-marked-mrkdwn.js';
import { renderMrkdwnLink } from './render-mrkdwn-link.js';

/** What to show around an excerpt. Every string is mrkdwn the caller has already escaped. */
export type ExcerptBlockOptions = {
  /** Shown before the quoted sentence, e.g. the result number or the speaker. */
  readonly lead?: string;
  /** Context lines shown above the citation, e.g. who claims a figure and when. */
  readonly facts?: readonly string[];
  /** False to leave out the "⋯" citation menu (shown by default). */
  readonly hasMenu?: boolean;
};

/** Leaves room in the first section for the lead, and for the quotation marks. */
const MIN_SENTENCE_ROOM = 1000;

/**
 * An excerpt as blocks: the sentence with its marks in bold, in one pair of quotation marks, or as
 * a Slack block quote when it has quotation marks of its own (`hasOwnQuoteMarks`), one section per
 * 3,000 characters; the first carries the "⋯" citation menu (`renderCitationMenu`). Then a context
 * line with the facts and the citation (title, outlet, date, `file:start-end`). Report text is
 * escaped. Deterministic.
 */
export function renderExcerptBlocks(excerpt: Excerpt, options: ExcerptBlockOptions = {}): KnownBlock[] {
  const isBlockQuote = hasOwnQuoteMarks(excerpt.citation.sentence);
  const lead = options.lead === undefined || options.lead === '' ? '' : `${options.lead}${isBlockQuote ? '\n' : ' '}`;
  const isLeadApart = MAX_SECTION_TEXT - lead.length - 2 < MIN_SENTENCE_ROOM;
  const room = isLeadApart ? MAX_SECTION_TEXT - 2 : MAX_SECTION_TEXT - lead.length - 2;
  const pieces = renderMarkedMrkdwn(excerpt.citation.sentence, excerpt.marks, room);
  const quoted = pieces.map((piece, i) =>
    isBlockQuote ? `>${piece}` : `${i === 0 ? '“' : ''}${piece}${i === pieces.length - 1 ? '”' : ''}`,
  );
  const sections = quoted.flatMap((text, i) => buildSections(i === 0 && !isLeadApart ? `${lead}${text}` : text));
  const menu = options.hasMenu === false ? null : renderCitationMenu(excerpt.citation);
  const [first, ...rest] = sections;
  const withMenu = first === undefined || menu === null ? sections : [{ ...first, accessory: menu }, ...rest];
  return [
    ...(isLeadApart ? buildSections(lead.trim()) : []),
    ...withMenu,
    ...buildContexts([...(options.facts ?? []), renderCitationLine(excerpt.citation)]),
  ];
}

/**
 * A citation as one escaped mrkdwn line: title (or file) · outlet · date · file:start-end. A linked
 * citation (`PUBLIC_URL`) links `file:start-end` to the reader and adds the original's URL.
 */
export function renderCitationLine(citation: Citation): string {
  if (citation.link === undefined) return escapeMrkdwn(renderCitationText(citation));
  const span = renderMrkdwnLink(citation.link.reader, escapeMrkdwn(renderCitationSpan(citation)));
  const { original } = citation.link;
  const tail = original === null ? '' : ` · ${renderMrkdwnLink(original, escapeMrkdwn(original))}`;
  return `${escapeMrkdwn(renderCitationSource(citation))} · ${span}${tail}`;
}
