import { MAX_BUTTON_VALUE } from '../render/blocks/block-limits.js';
import { parseJsonRecord } from './parse-json-record.js';

/** What a 👍/👎 button carries, so a click can be logged without storing anything between the answer and the click. */
export type FeedbackValue = {
  /** The question as asked, cut to fit the button when it is very long (`isQuestionCut`). */
  readonly text: string;
  /** The answer's kind (`figures`, `speaker-quotes`, `no-match`, …). */
  readonly answerKind: string;
  /** The fingerprint of the corpus the answer came from. */
  readonly fingerprint: string;
  readonly isQuestionCut: boolean;
};

/** How the person rated the answer: which of the two buttons was clicked. */
export type FeedbackRating = 'helpful' | 'not-helpful';

/**
 * Encodes a feedback button value as compact JSON within Slack's 2,000 characters. A question too
 * long for that is cut at a code point boundary and marked as cut, so every answer gets its buttons.
 */
export function encodeFeedbackValue(value: Omit<FeedbackValue, 'isQuestionCut'>): string {
  const encode = (text: string, isCut: boolean) =>
    JSON.stringify({ q: text, k: value.answerKind, f: value.fingerprint, ...(isCut ? { c: 1 } : {}) });
  const whole = encode(value.text, false);
  if (whole.length <= MAX_BUTTON_VALUE) return whole;
  // JSON escapes make some characters longer than one: find the longest prefix that fits.
  const codePoints = [...value.text];
  let [low, high] = [0, codePoints.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (encode(codePoints.slice(0, middle).join(''), true).length <= MAX_BUTTON_VALUE) low = middle;
    else high = middle - 1;
  }
  return encode(codePoints.slice(0, low).join(''), true);
}

/**
 * Decodes a feedback value (from a button or a modal's private metadata). Returns null for
 * anything Verbatim did not write: the value comes back from Slack, so it is checked, not trusted.
 */
export function decodeFeedbackValue(encoded: string | undefined): FeedbackValue | null {
  const data = parseJsonRecord(encoded);
  if (data === null) return null;
  const { q, k, f, c } = data;
  if (typeof q !== 'string' || typeof k !== 'string' || typeof f !== 'string') return null;
  return { text: q, answerKind: k, fingerprint: f, isQuestionCut: c === 1 };
}

/** What the feedback modal carries in its private metadata: the rating clicked and the button's value as it came. */
export type FeedbackMetadata = { readonly rating: FeedbackRating; readonly value: FeedbackValue };

/** Encodes the feedback modal's private metadata: the rating and the button's encoded value, as is. */
export function encodeFeedbackMetadata(rating: FeedbackRating, encodedValue: string | undefined): string {
  return JSON.stringify({ r: rating, v: encodedValue });
}

/** Decodes the feedback modal's private metadata, or null for anything Verbatim did not write (checked, not trusted). */
export function decodeFeedbackMetadata(metadata: string): FeedbackMetadata | null {
  const data = parseJsonRecord(metadata);
  if (data === null) return null;
  const { r, v } = data;
  if (r !== 'helpful' && r !== 'not-helpful') return null;
  const value = decodeFeedbackValue(typeof v === 'string' ? v : undefined);
  return value === null ? null : { rating: r, value };
}
