import { describe, expect, it } from 'vitest';
import { renderNoticeMessage, renderNoticeView } from '../../../../src/render/blocks/render-notice-message.js';

describe('renderNoticeMessage', () => {
  it('renders fixed text as one section and the same fallback, escaping control characters', () => {
    expect(renderNoticeMessage('Set `DIGEST_TZ` <now>')).toEqual({
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Set `DIGEST_TZ` &lt;now&gt;', verbatim: true } }],
      text: 'Set `DIGEST_TZ` &lt;now&gt;',
    });
  });
});

describe('renderNoticeView', () => {
  it('renders the notice as a Home view', () => {
    expect(renderNoticeView('Try again')).toEqual({
      type: 'home',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Try again', verbatim: true } }],
    });
  });
});
