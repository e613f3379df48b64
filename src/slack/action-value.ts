import type { AnswerPart } from '../render/answer-part.js';
import { MAX_BUTTON_VALUE } from '../render/blocks/block-limits.js';
import { parseJsonRecord } from './parse-json-record.js';

/**
 * What a Share / Previous / Next button carries, so a click can re-answer the same question and
 * render the wanted page (answers are deterministic, so nothing is stored between clicks).
 */
export type ActionValue = {
  /** The question exactly as first asked (`/casualties killed`, or the mention's text). */
  readonly text: string;
  /** 0-based page to show. */
  readonly page: number;
  /** Who shared the message into the channel, kept when a shared answer is paged. */
  readonly sharedBy: string | null;
  /** The part of the answer the message shows: the first screen unless set (`excerpts` after "Show excerpts"). */
  readonly part?: AnswerPart;
};

/**
 * Encodes a button value as compact JSON, or returns null when it would pass Slack's 2,000
 * characters (a very long question): the caller then says the page cannot be linked.
 */
export function encodeActionValue(value: ActionValue): string | null {
  const encoded = JSON.stringify({
    q: value.text,
    p: value.page,
    ...(value.sharedBy === null ? {} : { s: value.sharedBy }),
    ...(value.part === 'excerpts' ? { x: 1 } : {}),
  });
  return encoded.length <= MAX_BUTTON_VALUE ? encoded : null;
}

/**
 * Decodes a button value. Returns null for anything that is not a value Verbatim wrote (the value
 * comes back from Slack, so it is checked, not trusted).
 */
export function decodeActionValue(encoded: string | undefined): ActionValue | null {
  const data = parseJsonRecord(encoded);
  if (data === null) return null;
  const { q, p, s, x } = data;
  if (typeof q !== 'string' || typeof p !== 'number' || !Number.isInteger(p) || p < 0) return null;
  if (s !== undefined && typeof s !== 'string') return null;
  if (x !== undefined && x !== 1) return null;
  return { text: q, page: p, sharedBy: s ?? null, ...(x === 1 ? { part: 'excerpts' as const } : {}) };
}
