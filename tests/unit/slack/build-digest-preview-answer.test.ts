import type { ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_PAGE_BLOCKS } from '../../../src/render/blocks/render-answer-blocks.js';
import { buildDigestPreviewAnswer } from '../../../src/slack/build-digest-preview-answer.js';

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function note(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] };
}

/** `n` items of a figure line and its citation. */
function items(n: number): KnownBlock[] {
  return Array.from({ length: n }, (_, i) => [section(`figure ${i + 1}`), context(`cited ${i + 1}`)]).flat();
}

describe('buildDigestPreviewAnswer', () => {
  it('puts a private-preview line above a one-message digest and keeps its fallback', () => {
    const blocks = [section('Verbatim digest'), context('cited 1')];
    const answer = buildDigestPreviewAnswer({ channel: 'C0DIGEST', messages: [{ text: 'Digest: 1 report', blocks }] });
    expect(answer).toEqual({
      pages: [
        [note('The next digest for <#C0DIGEST>, as it would be posted now. Only you can see this preview.'), ...blocks],
      ],
      text: 'Preview: Digest: 1 report',
    });
  });

  it('shows each thread part as a further page and says where the parts go', () => {
    const answer = buildDigestPreviewAnswer({
      channel: 'C0DIGEST',
      messages: [
        { text: 'main', blocks: [section('part 1')] },
        { text: 'part 2', blocks: [section('part 2')] },
      ],
    });
    expect(answer.pages).toEqual([
      [
        note(
          'The next digest for <#C0DIGEST>, as it would be posted now: the first part in the channel, the others in its thread. Only you can see this preview.',
        ),
        section('part 1'),
      ],
      [section('part 2')],
    ]);
  });

  it('says every report counts as new when no digest channel is configured', () => {
    const answer = buildDigestPreviewAnswer({ channel: null, messages: [{ text: 'd', blocks: [section('x')] }] });
    expect(answer.pages[0]?.[0]).toEqual(
      note(
        'The next digest, with every report counted as new (no digest channel is configured). Only you can see this preview.',
      ),
    );
  });

  it('splits a 50-block message over two pages after a citation, leaving room for the buttons', () => {
    const blocks = items(25);
    const answer = buildDigestPreviewAnswer({ channel: 'C0DIGEST', messages: [{ text: 'd', blocks }] });
    expect(answer.pages.map((page) => page.length)).toEqual([47, 4]);
    expect(answer.pages.flat().slice(1)).toEqual(blocks);
    expect(answer.pages[0]?.at(-1)?.type).toBe('context');
    expect(Math.max(...answer.pages.map((page) => page.length))).toBeLessThanOrEqual(MAX_ANSWER_PAGE_BLOCKS);
  });

  it('throws a RangeError for a digest without messages', () => {
    expect(() => buildDigestPreviewAnswer({ channel: 'C0DIGEST', messages: [] })).toThrow(RangeError);
  });
});
