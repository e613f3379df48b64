import { describe, expect, it } from 'vitest';
import { MAX_BUTTON_VALUE } from '../../../src/render/blocks/block-limits.js';
import { decodeFeedbackValue, encodeFeedbackValue } from '../../../src/slack/feedback-value.js';

const FINGERPRINT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('encodeFeedbackValue', () => {
  it('round-trips the question, answer kind and fingerprint', () => {
    const encoded = encodeFeedbackValue({
      text: '/casualties killed',
      answerKind: 'figures',
      fingerprint: FINGERPRINT,
    });
    expect(encoded).toBe(`{"q":"/casualties killed","k":"figures","f":"${FINGERPRINT}"}`);
    expect(decodeFeedbackValue(encoded)).toEqual({
      text: '/casualties killed',
      answerKind: 'figures',
      fingerprint: FINGERPRINT,
      isQuestionCut: false,
    });
  });

  it('cuts a question too long for a button and says so, staying within 2,000 characters', () => {
    for (const unit of ['x', '"', '😀', '\n']) {
      const text = unit.repeat(2500);
      const encoded = encodeFeedbackValue({ text, answerKind: 'results', fingerprint: FINGERPRINT });
      expect(encoded.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
      const decoded = decodeFeedbackValue(encoded);
      expect(decoded?.isQuestionCut).toBe(true);
      expect(text.startsWith(decoded?.text ?? '!')).toBe(true);
      expect(decoded?.text.length).toBeGreaterThan(200);
    }
  });
});

describe('decodeFeedbackValue', () => {
  it('returns null for values Verbatim did not write', () => {
    for (const value of [
      undefined,
      '',
      'not json',
      '[]',
      'null',
      '{"q":"x","k":"figures"}',
      '{"q":1,"k":"a","f":"b"}',
    ]) {
      expect(decodeFeedbackValue(value)).toBeNull();
    }
  });
});
