import { describe, expect, it } from 'vitest';
import { renderSourcesBlocks } from '../../../../src/render/blocks/render-sources-blocks.js';

describe('renderSourcesBlocks', () => {
  it('lists each report with its facts and its address as escaped text', () => {
    const units = renderSourcesBlocks({
      command: 'sources',
      kind: 'sources',
      fingerprint: '0123456789abcdef0123',
      reports: [
        {
          file: 'a.txt',
          title: 'A *Title*',
          date: '2025-01-01',
          outlet: 'Outlet A',
          url: 'https://a.example/x?a=1&b=2',
          bytes: 900,
          sentences: 1,
        },
        { file: 'b.txt', title: null, date: null, outlet: null, url: null, bytes: 10, sentences: 2 },
      ],
    });
    expect(units).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'Sources', emoji: false } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*2* reports · fingerprint `0123456789abcdef`', verbatim: true },
        },
      ],
      [
        { type: 'section', text: { type: 'mrkdwn', text: '*A ∗Title∗*', verbatim: true } },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: 'a.txt · Outlet A · 2025-01-01 · 900 bytes · 1 sentence', verbatim: true },
            { type: 'mrkdwn', text: 'https://a.example/x?a=1&amp;b=2', verbatim: true },
          ],
        },
      ],
      [
        { type: 'section', text: { type: 'mrkdwn', text: '*b.txt*', verbatim: true } },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: 'b.txt · outlet unknown · undated · 10 bytes · 2 sentences', verbatim: true },
          ],
        },
      ],
    ]);
  });

  it('says under the count why the index is stale, with the reason escaped', () => {
    const units = renderSourcesBlocks({
      command: 'sources',
      kind: 'sources',
      fingerprint: '0123456789abcdef0123',
      stale: 'the corpus folder was deleted or moved away',
      reports: [],
    });
    expect(units).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'Sources', emoji: false } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*0* reports · fingerprint `0123456789abcdef`', verbatim: true },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: ':warning: *Stale:* the corpus folder was deleted or moved away. These are the reports last read; answers come from them until the folder is back.',
            verbatim: true,
          },
        },
      ],
    ]);
  });
});
