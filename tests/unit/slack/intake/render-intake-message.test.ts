import { describe, expect, it } from 'vitest';
import { renderIntakeMessage } from '../../../../src/slack/intake/render-intake-message.js';

const REPORT = {
  title: '*Bold* <!channel> claim',
  byline: null,
  outlet: 'Pier & Post',
  date: '2024-12-23',
  url: null,
  paragraphs: ['x'],
};

describe('renderIntakeMessage', () => {
  it('escapes the report metadata like every answer, in blocks and fallback text', () => {
    expect(
      renderIntakeMessage({
        kind: 'added',
        file: 'added/a_b.html.txt',
        report: REPORT,
        sentences: 1,
        figures: 2,
        replaces: null,
      }),
    ).toEqual({
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'Added “∗Bold∗ &lt;!channel&gt; claim” (Pier &amp; Post, 2024-12-23).\n1 sentence and 2 figures, in added/a_b.html.txt.',
            verbatim: true,
          },
        },
      ],
      text: 'Added “*Bold* &lt;!channel&gt; claim” (Pier &amp; Post, 2024-12-23).\n1 sentence and 2 figures, in added/a_b.html.txt.',
    });
  });

  it.each([
    [
      {
        kind: 'duplicate' as const,
        file: 'added/x.pdf.txt',
        report: { ...REPORT, title: null, outlet: null, date: null },
      },
      'Already there: an untitled report (outlet not given, date not given), in added/x.pdf.txt.',
    ],
    [
      {
        kind: 'refused' as const,
        what: 'http://10.0.0.1/',
        reason: 'it points to a private or local address (10.0.0.1)',
      },
      'Could not add http://10.0.0.1/: it points to a private or local address (10.0.0.1).',
    ],
    [{ kind: 'nothing-to-add' as const }, 'That message has no link or file to add.'],
  ])('says %j', (result, text) => {
    expect(renderIntakeMessage(result).text).toBe(text);
  });
});
