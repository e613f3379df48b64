import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { MAX_BUTTON_TEXT, MAX_BUTTON_VALUE } from './block-limits.js';
import { buildContexts } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { RenderedPage } from './rendered-page.js';

/** A button the Slack layer wires: its action id and its value (at most 2,000 characters). */
export type ButtonSpec = { readonly actionId: string; readonly value: string };

/** What to add around one page of an answer. */
export type AnswerMessageOptions = {
  /** Who shared the answer into the channel (a display name, escaped here), or null. */
  readonly sharedBy: string | null;
  /** The "Share in channel" button, or null for answers that are already public. */
  readonly share: ButtonSpec | null;
  /** The "Previous"/"Next" button for a page, or null when that page cannot be linked. */
  readonly pageButton: (page: number) => ButtonSpec | null;
  /** The "Show excerpts" button of a claims table, or null (or unset) when there is none to show. */
  readonly excerpts?: ButtonSpec | null;
};

/** A message as Slack takes it: blocks plus the plain-text fallback. */
export type SlackMessage = { readonly blocks: KnownBlock[]; readonly text: string };

/**
 * One page of a rendered answer as a message: "Shared by …" on top when shared, then the page's
 * blocks, then "Page 2 of 3" and the buttons ("Show excerpts" first, where the page has one). Only this page is rendered; the others never are. Adds at most three blocks, which every answer page
 * leaves free. When a page cannot be linked (its button value would pass Slack's limit), the
 * message says so instead of silently dropping the rest.
 */
export function renderAnswerMessage(rendered: RenderedPage, options: AnswerMessageOptions): SlackMessage {
  const { page, pageCount } = rendered;
  const buttons: Button[] = [];
  const notes: string[] = [];
  const excerpts = options.excerpts ?? null;
  if (excerpts !== null && excerpts.value.length <= MAX_BUTTON_VALUE)
    buttons.push(buildButton(excerpts, 'Show excerpts'));
  if (page > 0) addPageButton(buttons, notes, options.pageButton(page - 1), 'Previous', page - 1);
  if (page < pageCount - 1) addPageButton(buttons, notes, options.pageButton(page + 1), 'Next', page + 1);
  if (options.share !== null) buttons.push(buildButton(options.share, 'Share in channel', 'primary'));
  if (pageCount > 1) notes.unshift(`Page ${page + 1} of ${pageCount}`);
  const blocks: KnownBlock[] = [
    ...(options.sharedBy === null ? [] : buildContexts([`Shared by ${escapeMrkdwn(options.sharedBy)}`])),
    ...rendered.blocks,
    ...(notes.length > 0 ? buildContexts([notes.join(' · ')]) : []),
    ...(buttons.length > 0 ? [{ type: 'actions', elements: buttons } satisfies ActionsBlock] : []),
  ];
  return { blocks, text: rendered.text };
}

function addPageButton(buttons: Button[], notes: string[], spec: ButtonSpec | null, label: string, target: number) {
  if (spec !== null && spec.value.length <= MAX_BUTTON_VALUE) buttons.push(buildButton(spec, label));
  else notes.push(`page ${target + 1} cannot be linked from here: ask a shorter question to page through it`);
}

function buildButton(spec: ButtonSpec, label: string, style?: 'primary'): Button {
  return {
    type: 'button',
    action_id: spec.actionId,
    text: { type: 'plain_text', text: label.slice(0, MAX_BUTTON_TEXT), emoji: false },
    value: spec.value,
    ...(style === undefined ? {} : { style }),
  };
}
