import type { ContextBlock, DividerBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { MAX_CONTEXT_ELEMENTS, MAX_CONTEXT_TEXT, MAX_HEADER_TEXT, MAX_SECTION_TEXT } from './block-limits.js';

/**
 * Block constructors that keep Slack's limits: the only place block literals are written.
 * Text passed in is mrkdwn that the caller has already escaped; `verbatim: true` stops Slack from
 * linking channel names or parsing bare `@here` in it, so only Verbatim's own markup is interpreted.
 */

/** A header of fixed template text, shortened with an ellipsis past 150 characters. */
export function buildHeader(text: string): HeaderBlock {
  const fitted = text.length > MAX_HEADER_TEXT ? `${text.slice(0, MAX_HEADER_TEXT - 1)}…` : text;
  return { type: 'header', text: { type: 'plain_text', text: fitted, emoji: false } };
}

/**
 * One section per 3,000 characters of mrkdwn, split at line breaks (or hard, for one very long
 * line), so no text is ever dropped.
 */
export function buildSections(mrkdwn: string): SectionBlock[] {
  return splitText(mrkdwn, MAX_SECTION_TEXT).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text, verbatim: true },
  }));
}

/** Context blocks holding the given mrkdwn lines, ten elements and 3,000 characters per element at most. */
export function buildContexts(lines: readonly string[]): ContextBlock[] {
  const elements = lines
    .filter((line) => line !== '')
    .flatMap((line) => splitText(line, MAX_CONTEXT_TEXT))
    .map((text) => ({ type: 'mrkdwn' as const, text, verbatim: true }));
  const blocks: ContextBlock[] = [];
  for (let i = 0; i < elements.length; i += MAX_CONTEXT_ELEMENTS) {
    blocks.push({ type: 'context', elements: elements.slice(i, i + MAX_CONTEXT_ELEMENTS) });
  }
  return blocks;
}

/** A divider between groups. */
export function buildDivider(): DividerBlock {
  return { type: 'divider' };
}

/** Counts the characters of text a list of blocks shows (for the per-page text budget). */
export function countBlockText(blocks: readonly KnownBlock[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.type === 'section' || block.type === 'header') count += block.text?.text.length ?? 0;
    else if (block.type === 'context') {
      for (const element of block.elements) if ('text' in element) count += element.text.length;
    }
  }
  return count;
}

/** Splits at the last line break that fits, else at the limit; `&…;` entities are never split. */
function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut <= 0) cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest !== '' || pieces.length === 0) pieces.push(rest === '' ? ' ' : rest);
  return pieces;
}

function safeCut(text: string, max: number): number {
  let cut = max;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && amp > cut - 6 && text.indexOf(';', amp) >= cut) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
