import type { TextStyle } from '../text/render-citation-text.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

const ENTITY = /&(amp|lt|gt);/g;
const ENTITY_CHARACTERS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' };

/**
 * The text style of a Slack message's fallback (`text`), which Slack reads as mrkdwn: marked
 * words in `*bold*`, not Markdown's `**bold**`, and mrkdwn's formatting characters in the report's
 * words shown as the same look-alikes the blocks use, so a stray `*` or `_` cannot turn a quotation
 * bold or italic. `&`, `<` and `>` are left for `renderFallbackText`, which escapes the whole text once.
 */
export const SLACK_TEXT_STYLE: TextStyle = {
  mark: { open: '*', close: '*' },
  escape: (piece) => escapeMrkdwn(piece).replace(ENTITY, (_entity, name: string) => ENTITY_CHARACTERS[name] ?? ''),
};
