import type { PlainTextElement, SectionBlock } from '@slack/types';
import type { Citation } from '../../answer/answer.js';
import { showInvisibleControls } from '../show-invisible-controls.js';
import { renderCitationText } from '../text/render-citation-text.js';
import { MAX_SECTION_TEXT } from './block-limits.js';
import { buildContexts } from './build-block.js';
import type { SlackMessage } from './render-answer-message.js';
import type { CitationCopyKind } from './render-citation-menu.js';
import { renderFallbackText } from './render-fallback-text.js';

/**
 * What the citation menu posts, privately, for the person to copy: the citation line (title ·
 * outlet · date · file:start-end, and the reader link when the reader is on), or the sentence in
 * quotation marks followed by " — " and that line. The text is a plain-text section, which Slack
 * shows as written (no mrkdwn, no links built from report text), so it copies exactly;
 * invisible controls are shown as `<U+202E>`. Long text is split across sections. Deterministic.
 */
export function renderCitationCopy(citation: Citation, kind: CitationCopyKind): SlackMessage {
  const line = renderCitationText(citation);
  const sentence = citation.sentence.replace(/\s+/g, ' ').trim();
  const text = showInvisibleControls(kind === 'citation' ? line : `“${sentence}” — ${line}`);
  const sections: SectionBlock[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + MAX_SECTION_TEXT);
    // Never split a surrogate pair between two sections.
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    const piece: PlainTextElement = { type: 'plain_text', text: text.slice(at, end), emoji: false };
    sections.push({ type: 'section', text: piece });
    at = end;
  }
  const label = kind === 'citation' ? 'Citation to copy:' : 'Excerpt and citation to copy:';
  return { blocks: [...buildContexts([label]), ...sections], text: renderFallbackText(text) };
}
