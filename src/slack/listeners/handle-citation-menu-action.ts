import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { NO_LINKS } from '../../reader/create-citation-linker.js';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { renderCitationCopy } from '../../render/blocks/render-citation-copy.js';
import { decodeCitationMenuValue } from '../../render/blocks/render-citation-menu.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';
import { ACTION_IDS } from '../slack-ids.js';

type OverflowArgs = SlackActionMiddlewareArgs<BlockAction<OverflowAction>> & AllMiddlewareArgs;

/**
 * The "⋯" menu on a claim or an excerpt: cites the chosen sentence again from the current index
 * (the menu carries only its file and offsets; an answer worker reads it, `askCorpus`) and posts the citation, or the sentence with its
 * citation, as a private message the person can copy: in the conversation through the click's
 * response URL, or, from the Home tab (which has none), in the app's Messages tab. A value
 * Verbatim did not write, or a sentence no longer in the corpus, is ignored and logged.
 */
export function createCitationMenuActionHandler(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: OverflowArgs) => {
    await ack();
    const send = (message: SlackMessage) =>
      body.response_url === undefined
        ? client.chat.postMessage({ channel: body.user.id, unfurl_links: false, ...message })
        : respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await withErrorReply(
      deps,
      { kind: 'action', name: ACTION_IDS.copyCitation, requestId: body.trigger_id },
      async () => {
        const value = decodeCitationMenuValue(action.selected_option.value);
        if (value === null) return { outcome: 'ignored' };
        const { file, start, end } = value;
        const cited = await deps.askCorpus({ kind: 'cite', file, start, end });
        if (cited === null) return { outcome: 'ignored' };
        await send(renderCitationCopy((deps.linkCitations ?? NO_LINKS)(cited), value.kind));
        return { outcome: 'cited' };
      },
      send,
    );
  };
}
