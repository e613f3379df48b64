import type { HomeView } from '@slack/types';
import { buildSections } from './build-block.js';
import { escapeSlackText } from './escape-mrkdwn.js';
import type { SlackMessage } from './render-answer-message.js';
import { renderFallbackText } from './render-fallback-text.js';

/**
 * A short fixed message (an error with its reference, a feature that is not configured) as one
 * section plus the same words as fallback. The text is Verbatim's own template text and may use
 * mrkdwn (code spans for variable names); `&`, `<` and `>` are still escaped.
 */
export function renderNoticeMessage(text: string): SlackMessage {
  return { blocks: buildSections(escapeSlackText(text)), text: renderFallbackText(text) };
}

/** The same notice as an App Home view, for when the Home tab cannot be built. */
export function renderNoticeView(text: string): HomeView {
  return { type: 'home', blocks: renderNoticeMessage(text).blocks };
}
