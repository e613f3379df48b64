import { describe, expect, it } from 'vitest';
import { buildReaderUrl, parseReaderQuery } from '../../../src/reader/reader-link-url.js';
import { signReaderLink } from '../../../src/reader/sign-reader-link.js';

const SECRET = 'a-reader-secret-of-forty-characters-0001';
const TARGET = { reportId: 'sub/a b&c', start: 10, end: 42, expiresAt: null };

describe('buildReaderUrl', () => {
  it('puts the target and its signature in the query and the sentence anchor in the fragment', () => {
    const sig = signReaderLink(TARGET, SECRET);
    expect(buildReaderUrl('https://v.example.org/desk/', TARGET, SECRET)).toBe(
      `https://v.example.org/desk/read?report=sub%2Fa+b%26c&start=10&end=42&sig=${sig}#s10-42`,
    );
  });

  it('adds the expiry when there is one', () => {
    const target = { ...TARGET, expiresAt: 1_800_000_000 };
    expect(buildReaderUrl('', target, SECRET)).toBe(
      `/read?report=sub%2Fa+b%26c&start=10&end=42&expires=1800000000&sig=${signReaderLink(target, SECRET)}#s10-42`,
    );
  });
});

describe('parseReaderQuery', () => {
  it('reads back what buildReaderUrl wrote', () => {
    const url = new URL(buildReaderUrl('https://v.example.org', { ...TARGET, expiresAt: 7 }, SECRET));
    expect(parseReaderQuery(url.searchParams)).toEqual({
      target: { ...TARGET, expiresAt: 7 },
      signature: signReaderLink({ ...TARGET, expiresAt: 7 }, SECRET),
    });
  });

  it.each([
    ['no report', 'start=1&end=2&sig=x'],
    ['an empty report', 'report=&start=1&end=2&sig=x'],
    ['no signature', 'report=a&start=1&end=2'],
    ['a negative start', 'report=a&start=-1&end=2&sig=x'],
    ['a fractional end', 'report=a&start=1&end=2.5&sig=x'],
    ['an empty range', 'report=a&start=2&end=2&sig=x'],
    ['a reversed range', 'report=a&start=3&end=2&sig=x'],
    ['an expiry that is no number', 'report=a&start=1&end=2&expires=soon&sig=x'],
  ])('returns null for %s', (_, query) => {
    expect(parseReaderQuery(new URLSearchParams(query))).toBeNull();
  });
});
