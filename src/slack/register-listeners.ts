import type { App, BlockAction, ButtonAction, MessageShortcut, OverflowAction } from '@slack/bolt';
import { describeError } from './error-boundary.js';
import {
  createAddShortcutHandler,
  withAddCommand,
  withAddDirectMessage,
  withAddMention,
} from './listeners/handle-add-request.js';
import { createAppHomeOpenedHandler } from './listeners/handle-app-home-opened.js';
import { createAppMentionHandler } from './listeners/handle-app-mention.js';
import { createCitationMenuActionHandler } from './listeners/handle-citation-menu-action.js';
import { createDirectMessageHandler } from './listeners/handle-direct-message.js';
import { createFeedbackActionHandler } from './listeners/handle-feedback-action.js';
import { createFeedbackSubmissionHandler } from './listeners/handle-feedback-submission.js';
import { createHomeQuestionActionHandler } from './listeners/handle-home-question-action.js';
import { createPageActionHandler } from './listeners/handle-page-action.js';
import { createShareActionHandler } from './listeners/handle-share-action.js';
import { createShowExcerptsActionHandler } from './listeners/handle-show-excerpts-action.js';
import { createSlashCommandHandler } from './listeners/handle-slash-command.js';
import type { SlackDeps } from './slack-deps.js';
import {
  ACTION_IDS,
  ADD_SHORTCUT_CALLBACK_ID,
  type BotEvent,
  FEEDBACK_MODAL_IDS,
  SLASH_COMMANDS,
  type SlashCommand,
} from './slack-ids.js';

/** The slash commands registered below; `manifest.yml` must declare exactly these. */
export const REGISTERED_COMMANDS: readonly SlashCommand[] = SLASH_COMMANDS;
/** The bot events registered below, as the manifest names them (`message` in Bolt is `message.im` here). */
export const REGISTERED_EVENTS: readonly BotEvent[] = ['app_mention', 'message.im', 'app_home_opened'];
/** The message shortcuts registered below; `manifest.yml` must declare exactly these. */
export const REGISTERED_SHORTCUTS: readonly string[] = [ADD_SHORTCUT_CALLBACK_ID];

/**
 * The one table of Verbatim's Slack surface: every command, event and button, each pointing at
 * one handler file. Errors are handled inside each handler (`withErrorReply`); `app.error` only
 * logs what escapes Bolt's own processing.
 */
export function registerListeners(app: App, deps: SlackDeps): void {
  const handleCommand = withAddCommand(deps, createSlashCommandHandler(deps)); // `/verbatim add <url>` adds a report
  for (const command of REGISTERED_COMMANDS) app.command(command, handleCommand);
  app.event('app_mention', withAddMention(deps, createAppMentionHandler(deps)));
  app.event('message', withAddDirectMessage(deps, createDirectMessageHandler(deps))); // message.im: the only message events subscribed
  app.event('app_home_opened', createAppHomeOpenedHandler(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, createShareActionHandler(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.previousPage, createPageActionHandler(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.nextPage, createPageActionHandler(deps));
  app.shortcut<MessageShortcut>(
    { callback_id: ADD_SHORTCUT_CALLBACK_ID, type: 'message_action' },
    createAddShortcutHandler(deps),
  );
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackHelpful, createFeedbackActionHandler(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackNotHelpful, createFeedbackActionHandler(deps));
  app.view(FEEDBACK_MODAL_IDS.callbackId, createFeedbackSubmissionHandler(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showExcerpts, createShowExcerptsActionHandler(deps));
  app.action<BlockAction<OverflowAction>>(ACTION_IDS.copyCitation, createCitationMenuActionHandler(deps));
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTION_IDS.homeQuestion}\\d+$`),
    createHomeQuestionActionHandler(deps),
  );
  app.error(async (error) => {
    deps.logger.write({ level: 'error', msg: 'unhandled Bolt error', error: describeError(error) });
  });
}
