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
};

/**
 * Encodes a button value as compact JSON, or returns null when it would pass Slack's 2,000
 * characters (a very long question): the caller then says the page cannot be linked.
 */
export function encodeActionValue(value: ActionValue): string | null {
  const encoded = JSON.stringify(
    value.sharedBy === null ? { q: value.text, p: value.page } : { q: value.text, p: value.page, s: value.sharedBy },
  );
  return encoded.length <= MAX_BUTTON_VALUE ? encoded : null;
}

/**
 * Decodes a button value. Returns null for anything that is not a value Verbatim wrote (the value
 * comes back from Slack, so it is checked, not trusted).
 */
export function decodeActionValue(encoded: string | undefined): ActionValue | null {
  const data = parseJsonRecord(encoded);
  if (data === null) return null;
  const { q, p, s } = data;
  if (typeof q !== 'string' || typeof p !== 'number' || !Number.isInteger(p) || p < 0) return null;
  if (s !== undefined && typeof s !== 'string') return null;
  return { text: q, page: p, sharedBy: s ?? null };
}
