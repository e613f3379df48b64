import type {
  AllMiddlewareArgs,
  MessageShortcut,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
} from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { withErrorReply } from '../error-boundary.js';
import { addReport, type IntakeSource } from '../intake/add-report.js';
import { findMessageLink, parseAddRequest } from '../intake/parse-add-request.js';
import { type IntakeResult, renderIntakeMessage } from '../intake/render-intake-message.js';
import type { SlackDeps } from '../slack-deps.js';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;
type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;
type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/**
 * `/verbatim add <url>`: acknowledged at once, then the outcome is sent privately through the
 * response URL. Any other command goes to `next` (the question handler).
 */
export function withAddCommand(deps: SlackDeps, next: (args: CommandArgs) => Promise<void>) {
  return async (args: CommandArgs): Promise<void> => {
    const request = parseAddRequest(`${args.command.command} ${args.command.text}`);
    if (request === null) return next(args);
    await args.ack();
    const reply = (message: SlackMessage) => args.respond({ response_type: 'ephemeral', ...message });
    const who = { userId: args.command.user_id, channelId: args.command.channel_id };
    await runAdd(
      deps,
      { name: args.command.command, requestId: args.command.trigger_id, kind: 'command' },
      async () =>
        request.url === null
          ? { kind: 'usage' }
          : addReport({ kind: 'url', url: request.url }, { intake: deps.intake, client: args.client, who }),
      reply,
    );
  };
}

/** "@Verbatim add <url>": the outcome is shown only to the person who asked (an ephemeral message in the thread). */
export function withAddMention(deps: SlackDeps, next: (args: MentionArgs) => Promise<void>) {
  return async (args: MentionArgs): Promise<void> => {
    const { event } = args;
    const text = event.text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gu, ' ').trim();
    const request = parseAddRequest(text);
    if (request === null || event.user === undefined) return next(args);
    if (deps.dedupe.isRepeat(`${event.channel}:${event.ts}`)) return;
    const user = event.user;
    const reply = (message: SlackMessage) =>
      args.client.chat.postEphemeral({
        channel: event.channel,
        user,
        thread_ts: event.thread_ts ?? event.ts,
        ...message,
      });
    await runAdd(
      deps,
      { name: 'app_mention', requestId: args.body.event_id, kind: 'event' },
      async () =>
        request.url === null
          ? { kind: 'usage' }
          : addReport(
              { kind: 'url', url: request.url },
              { intake: deps.intake, client: args.client, who: { userId: user, channelId: event.channel } },
            ),
      reply,
    );
  };
}

/**
 * A direct message "add <url>", or files shared in a direct message with the bot (`file_share`):
 * the first file is added, and the outcome is posted in the conversation (only the two of them see
 * it). Any other message goes to `next`.
 */
export function withAddDirectMessage(deps: SlackDeps, next: (args: MessageArgs) => Promise<void>) {
  return async (args: MessageArgs): Promise<void> => {
    const event = args.event;
    if (event.channel_type !== 'im' || ('bot_id' in event && event.bot_id !== undefined)) return next(args);
    const source = readDirectMessageSource(event);
    if (source === null) return next(args);
    if (deps.dedupe.isRepeat(`${event.channel}:${event.ts}`)) return;
    const user = 'user' in event && typeof event.user === 'string' ? event.user : '';
    const reply = (message: SlackMessage) =>
      args.client.chat.postMessage({ channel: event.channel, unfurl_links: false, ...message });
    await runAdd(
      deps,
      { name: 'message.im', requestId: args.body.event_id, kind: 'event' },
      async () =>
        source === 'usage'
          ? { kind: 'usage' }
          : addReport(source, {
              intake: deps.intake,
              client: args.client,
              who: { userId: user, channelId: event.channel },
            }),
      reply,
    );
  };
}

/** The message shortcut "Add to Verbatim": adds the message's first file, else its first link. */
export function createAddShortcutHandler(deps: SlackDeps) {
  return async (args: ShortcutArgs): Promise<void> => {
    await args.ack();
    const { shortcut } = args;
    const files = (shortcut.message as { files?: { id?: string }[] }).files ?? [];
    const fileId = files.find((file) => typeof file.id === 'string')?.id;
    const link = findMessageLink(shortcut.message.text ?? '');
    const source: IntakeSource | null =
      fileId !== undefined ? { kind: 'file', fileId } : link !== null ? { kind: 'url', url: link } : null;
    const reply = (message: SlackMessage) => args.respond({ response_type: 'ephemeral', ...message });
    const who = { userId: shortcut.user.id, channelId: shortcut.channel.id };
    await runAdd(
      deps,
      { name: shortcut.callback_id, requestId: shortcut.trigger_id, kind: 'action' },
      async () =>
        source === null
          ? { kind: 'nothing-to-add' }
          : addReport(source, { intake: deps.intake, client: args.client, who }),
      reply,
    );
  };
}

async function runAdd(
  deps: SlackDeps,
  meta: { name: string; requestId: string; kind: 'command' | 'event' | 'action' },
  work: () => Promise<IntakeResult>,
  reply: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  await withErrorReply(
    deps,
    meta,
    async () => {
      const result = await work();
      await reply(renderIntakeMessage(result));
      return { outcome: 'answered', answerKind: `add-${result.kind}` };
    },
    reply,
  );
}

/** A file share's first file, an "add <url>" message, "add" alone ('usage'), or null for anything else. */
function readDirectMessageSource(event: MessageArgs['event']): IntakeSource | 'usage' | null {
  if (event.subtype === 'file_share') {
    const fileId = (event.files ?? []).find((file) => typeof file.id === 'string')?.id;
    return fileId === undefined ? null : { kind: 'file', fileId };
  }
  if (event.subtype !== undefined) return null;
  const request = parseAddRequest(typeof event.text === 'string' ? event.text : '');
  if (request === null) return null;
  return request.url === null ? 'usage' : { kind: 'url', url: request.url };
}
