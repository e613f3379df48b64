import { describe, expect, it } from 'vitest';
import { readOriginalHash } from '../../../../src/corpus/formats/read-original-hash.js';

const HASH = 'b'.repeat(64);

describe('readOriginalHash', () => {
  it.each([
    [`---\ntitle: x\noriginal_sha256: ${HASH}\n---\nText`, HASH],
    [`---\noriginal_sha256: '${HASH}'\n---\n`, HASH],
    [`---\ntitle: x\n---\noriginal_sha256: ${HASH}\n`, null],
    [`original_sha256: ${HASH}\n`, null],
    ['---\noriginal_sha256: 123\n---\n', null],
  ])('reads %j as %j', (text, expected) => {
    expect(readOriginalHash(text)).toBe(expected);
  });
});
