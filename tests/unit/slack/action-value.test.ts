import { describe, expect, it } from 'vitest';
import { decodeActionValue, encodeActionValue } from '../../../src/slack/action-value.js';

describe('encodeActionValue', () => {
  it('encodes the question and page compactly', () => {
    expect(encodeActionValue({ text: '/reports ferry', page: 2, sharedBy: null })).toBe('{"q":"/reports ferry","p":2}');
  });

  it('keeps who shared the answer', () => {
    expect(encodeActionValue({ text: 'x', page: 0, sharedBy: 'ana' })).toBe('{"q":"x","p":0,"s":"ana"}');
  });

  it("returns null when the value would pass Slack's 2,000 characters", () => {
    expect(encodeActionValue({ text: 'w'.repeat(1990), page: 0, sharedBy: null })).toBeNull();
  });
});

describe('decodeActionValue', () => {
  it('reads back what was encoded', () => {
    const value = { text: 'who said "hold" <now>', page: 3, sharedBy: 'ana' };
    expect(decodeActionValue(encodeActionValue(value) ?? '')).toEqual(value);
  });

  it.each([
    [undefined],
    ['not json'],
    ['null'],
    ['{"q":1,"p":0}'],
    ['{"q":"x","p":-1}'],
    ['{"q":"x","p":1.5}'],
    ['{"q":"x","p":0,"s":7}'],
  ])('rejects %j', (encoded) => {
    expect(decodeActionValue(encoded)).toBeNull();
  });
});

describe('the excerpts part in a button value', () => {
  it('is written as x:1 and read back; the first screen writes nothing', () => {
    const value = { text: '/casualties', page: 2, sharedBy: null, part: 'excerpts' } as const;
    expect(encodeActionValue(value)).toBe('{"q":"/casualties","p":2,"x":1}');
    expect(decodeActionValue(encodeActionValue(value) ?? '')).toEqual(value);
    expect(encodeActionValue({ ...value, part: 'answer' })).toBe('{"q":"/casualties","p":2}');
    expect(decodeActionValue('{"q":"/casualties","p":2,"x":2}')).toBeNull();
  });
});
