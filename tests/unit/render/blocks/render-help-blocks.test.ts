import { describe, expect, it } from 'vitest';
import { renderHelpBlocks } from '../../../../src/render/blocks/render-help-blocks.js';

describe('renderHelpBlocks', () => {
  it('shows each command with its description and example, escaped', () => {
    const units = renderHelpBlocks({
      command: 'help',
      kind: 'help',
      entries: [{ usage: '/who-said <person>', description: 'Quotes.', example: '/who-said Olsen' }],
    });
    expect(units).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'Verbatim', emoji: false } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'Verbatim answers with verbatim, cited excerpts from the reports, never generated text.',
            verbatim: true,
          },
        },
      ],
      [
        { type: 'section', text: { type: 'mrkdwn', text: '`/who-said &lt;person&gt;`\nQuotes.', verbatim: true } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'e.g. `/who-said Olsen`', verbatim: true }] },
      ],
    ]);
  });

  it('lists the filters a free question can carry under its example, escaped', () => {
    const units = renderHelpBlocks({
      command: 'help',
      kind: 'help',
      entries: [
        {
          usage: 'a question',
          description: 'Ask.',
          example: 'how many?',
          filters: [
            { name: 'where', example: 'how many died in <Avel>?' },
            { name: 'an amount', example: 'who claimed 12,000?' },
          ],
        },
      ],
    });
    expect(units[1]).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '`a question`\nAsk.', verbatim: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'e.g. `how many?`', verbatim: true }] },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '• where: `how many died in &lt;Avel&gt;?`\n• an amount: `who claimed 12,000?`',
          verbatim: true,
        },
      },
    ]);
  });

  it('shows a usage answer as its message and usage line', () => {
    expect(
      renderHelpBlocks({
        command: 'reports',
        kind: 'usage',
        message: 'Say what to search for',
        usage: '/reports <words>',
      }),
    ).toEqual([
      [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 'Say what to search for.\nUsage: `/reports &lt;words&gt;`', verbatim: true },
        },
      ],
    ]);
  });
});
