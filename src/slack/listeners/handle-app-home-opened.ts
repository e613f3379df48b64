import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { NO_LINKS } from '../../reader/create-citation-linker.js';
import { renderHomeView } from '../../render/blocks/render-home-view.js';
import { renderNoticeView } from '../../render/blocks/render-notice-message.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';
import { HOME_CALLBACK_ID } from '../slack-ids.js';

/**
 * The Home tab: publishes what the current corpus holds each time the user opens it (the corpus
 * may have changed since); an answer worker builds the summary (`askCorpus`), this thread links and renders it. The Messages and About tabs are left alone.
 */
export function createAppHomeOpenedHandler(deps: SlackDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    await withErrorReply(
      deps,
      { kind: 'event', name: 'app_home_opened', requestId: body.event_id },
      async () => {
        if (event.tab !== 'home') return { outcome: 'ignored' };
        const view = renderHomeView((deps.linkCitations ?? NO_LINKS)(await deps.askCorpus({ kind: 'home' })));
        await client.views.publish({ user_id: event.user, view: { ...view, callback_id: HOME_CALLBACK_ID } });
        return { outcome: 'published', answerKind: 'home' };
      },
      (notice) => client.views.publish({ user_id: event.user, view: renderNoticeView(notice.text) }),
    );
  };
}
