import { describe, expect, it } from 'vitest';
import { isReaderLinkSigned, type ReaderTarget, signReaderLink } from '../../../src/reader/sign-reader-link.js';

const SECRET = 'a-reader-secret-of-forty-characters-0001';
const TARGET: ReaderTarget = { reportId: 'sub/004_kursk', start: 196, end: 366, expiresAt: null };

describe('signReaderLink', () => {
  it('gives the HMAC-SHA256 of the versioned target as base64url, the same every time', () => {
    expect(signReaderLink(TARGET, SECRET)).toBe(signReaderLink({ ...TARGET }, SECRET));
    expect(signReaderLink(TARGET, SECRET)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    ['another report', { ...TARGET, reportId: 'sub/004_kursk2' }],
    ['another start', { ...TARGET, start: 195 }],
    ['another end', { ...TARGET, end: 367 }],
    ['an expiry', { ...TARGET, expiresAt: 1_800_000_000 }],
    ['fields moved between lines', { ...TARGET, start: 19, end: 6366 }],
  ])('signs %s differently', (_, other) => {
    expect(signReaderLink(other, SECRET)).not.toBe(signReaderLink(TARGET, SECRET));
  });

  it('depends on the secret', () => {
    expect(signReaderLink(TARGET, `${SECRET}x`)).not.toBe(signReaderLink(TARGET, SECRET));
  });
});

describe('isReaderLinkSigned', () => {
  const signature = signReaderLink(TARGET, SECRET);

  it('accepts the signature of the target', () => {
    expect(isReaderLinkSigned(TARGET, signature, SECRET)).toBe(true);
  });

  it.each([
    ['an altered offset', { ...TARGET, end: 367 }, signature, SECRET],
    ['an added expiry', { ...TARGET, expiresAt: 4_000_000_000 }, signature, SECRET],
    ['another secret', TARGET, signature, 'another-secret-of-at-least-32-characters'],
    ['a shortened signature', TARGET, signature.slice(0, 42), SECRET],
    ['an empty signature', TARGET, '', SECRET],
    ['one character changed', TARGET, `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`, SECRET],
  ])('refuses %s', (_, target, candidate, secret) => {
    expect(isReaderLinkSigned(target, candidate, secret)).toBe(false);
  });
});
