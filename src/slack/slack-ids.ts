/**
 * Every Slack identifier Verbatim uses, in one place: the slash commands, the events (as the
 * manifest names them), and the action ids of its buttons. `manifest.yml` must list exactly these
 * commands and events; a unit test checks it against the registrations.
 */

import { CITATION_MENU_ACTION_ID } from '../render/blocks/render-citation-menu.js';
import { HOME_QUESTION_ACTION_PREFIX } from '../render/blocks/render-home-view.js';

/** The slash commands, as typed in Slack. `/verbatim` also takes every other command as its first word. */
export const SLASH_COMMANDS = ['/casualties', '/troops', '/who-said', '/reports', '/sources', '/verbatim'] as const;
export type SlashCommand = (typeof SLASH_COMMANDS)[number];

/** The bot events, as the manifest subscribes to them. */
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;
export type BotEvent = (typeof BOT_EVENTS)[number];

/** Button action ids. */
export const ACTION_IDS = {
  share: 'verbatim_share',
  previousPage: 'verbatim_page_previous',
  nextPage: 'verbatim_page_next',
  feedbackHelpful: 'verbatim_feedback_helpful',
  feedbackNotHelpful: 'verbatim_feedback_not_helpful',
  showExcerpts: 'verbatim_show_excerpts',
  copyCitation: CITATION_MENU_ACTION_ID,
  /** A prefix: the Home tab's question buttons are `verbatim_home_question_0`, `_1`, … */
  homeQuestion: HOME_QUESTION_ACTION_PREFIX,
} as const;

/** The feedback modal's callback id and its reason input's block and action ids. */
export const FEEDBACK_MODAL_IDS = {
  callbackId: 'verbatim_feedback',
  reasonBlockId: 'feedback_reason',
  reasonActionId: 'feedback_reason_input',
} as const;

/** The reaction shown on a mention or DM while its answer is computed. */
export const WORKING_REACTION = 'eyes';

/** The App Home view's callback id. */
export const HOME_CALLBACK_ID = 'verbatim_home';

/** The `/verbatim` subcommand that previews the next digest. */
export const DIGEST_SUBCOMMAND = 'digest';

/** The message shortcut "Add to Verbatim": adds the message's link or file as a report. */
export const ADD_SHORTCUT_CALLBACK_ID = 'verbatim_add_report';
/** The metadata event type that marks a digest's channel message, so it can be found before posting again. */
export const DIGEST_METADATA_EVENT_TYPE = 'verbatim_digest';
