import type { KnownBlock } from '@slack/types';
import { MAX_PAGE_TEXT } from '../render/blocks/block-limits.js';
import { buildContexts } from '../render/blocks/build-block.js';
import { type BlockUnit, paginateBlocks } from '../render/blocks/paginate-blocks.js';
import { MAX_ANSWER_PAGE_BLOCKS, type RenderedAnswer } from '../render/blocks/render-answer-blocks.js';
import type { DigestMessage } from '../render/blocks/render-digest-blocks.js';

/** What `previewDigest` returns that the preview shows: the channel whose baseline it used, and the messages. */
export type DigestPreviewMessages = {
  readonly channel: string | null;
  readonly messages: readonly DigestMessage[];
};

/**
 * The next digest as a private answer for `/verbatim digest`: a line saying what it is, then the
 * digest's messages as answer pages (the channel message first, then each thread part), so the
 * asker pages through it with the usual Previous / Next buttons.
 *
 * A digest message may hold 50 blocks, an answer page fewer (the Slack layer adds its controls),
 * so a long message is split over two pages, between items: an item ends with its citation
 * context block, so a cut is only ever made after one. Nothing is dropped. Deterministic.
 *
 * @throws {RangeError} when there are no messages (the digest renderer always returns one).
 */
export function buildDigestPreviewAnswer(preview: DigestPreviewMessages): RenderedAnswer {
  const [first] = preview.messages;
  if (first === undefined) throw new RangeError('Cannot preview a digest without messages');
  const note = buildContexts([describePreview(preview)]);
  const pages = preview.messages.flatMap((message, i) =>
    paginateBlocks(splitAfterContexts(i === 0 ? [...note, ...message.blocks] : message.blocks), {
      maxBlocks: MAX_ANSWER_PAGE_BLOCKS,
      maxText: MAX_PAGE_TEXT,
    }),
  );
  return { pages, text: `Preview: ${first.text}` };
}

function describePreview(preview: DigestPreviewMessages): string {
  const where =
    preview.channel === null
      ? 'The next digest, with every report counted as new (no digest channel is configured)'
      : `The next digest for <#${preview.channel}>, as it would be posted now`;
  const thread = preview.messages.length > 1 ? ': the first part in the channel, the others in its thread' : '';
  return `${where}${thread}. Only you can see this preview.`;
}

/** Groups blocks into units that each end with a context block (an item's citation line). */
function splitAfterContexts(blocks: readonly KnownBlock[]): BlockUnit[] {
  const units: KnownBlock[][] = [];
  let unit: KnownBlock[] = [];
  for (const block of blocks) {
    unit.push(block);
    if (block.type === 'context') {
      units.push(unit);
      unit = [];
    }
  }
  if (unit.length > 0) units.push(unit);
  return units;
}
