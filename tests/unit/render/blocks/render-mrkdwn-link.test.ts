import { describe, expect, it } from 'vitest';
import { renderMrkdwnLink } from '../../../../src/render/blocks/render-mrkdwn-link.js';

describe('renderMrkdwnLink', () => {
  it('writes entities for & < > and encodes | and spaces in the URL, so it cannot end the link early', () => {
    expect(renderMrkdwnLink('https://x.example/a?b=1&c=<2>|d e', 'label')).toBe(
      '<https://x.example/a?b=1&amp;c=&lt;2&gt;%7Cd%20e|label>',
    );
  });

  it('percent-encodes direction and zero-width controls in the URL', () => {
    expect(renderMrkdwnLink('https://x.example/\u202Eabc\u200B', 'label')).toBe(
      '<https://x.example/%E2%80%AEabc%E2%80%8B|label>',
    );
  });
});
