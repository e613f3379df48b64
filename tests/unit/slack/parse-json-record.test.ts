import { describe, expect, it } from 'vitest';
import { parseJsonRecord } from '../../../src/slack/parse-json-record.js';

describe('parseJsonRecord', () => {
  it('returns a JSON object and null for anything else', () => {
    expect(parseJsonRecord('{"q":"x","p":0}')).toEqual({ q: 'x', p: 0 });
    for (const value of [undefined, '', '{', 'null', '[]', '"text"', '3']) expect(parseJsonRecord(value)).toBeNull();
  });
});
