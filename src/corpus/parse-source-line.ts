import { countWords } from './count-words.js';

/** What a line naming the original source says: the outlet's name and the report's address. */
export type SourceLine = { readonly outlet: string | null; readonly url: string | null };

/** "Source: …", "Sources - …", "Original source: …", "Source URL: …", "Source link: …". */
const SOURCE_LINE = /^(?:original\s+)?sources?(?:\s+(?:url|link))?\s*[:：–—-]\s*(\S.*)$/iu;
const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/iu;
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/iu;

/**
 * Reads a line that names where a report comes from, such as "Original Source: www.example.org",
 * "Source: https://news.example.com/2024/12/23/story" or "Source: Example News".
 *
 * The outlet is the name written on the line, or else the host of the address without "www.". The
 * url is set only when the line gives a full http(s) address (a bare domain names the outlet, not
 * the report). Returns null when the line is not a source line or names nothing (a label alone
 * such as "Sources:", or a long sentence). Pure and deterministic.
 *
 * @example
 * parseSourceLine('Source: https://www.example.com/a') // { outlet: 'example.com', url: 'https://www.example.com/a' }
 */
export function parseSourceLine(line: string): SourceLine | null {
  const match = SOURCE_LINE.exec(line.trim());
  const value = match?.[1]?.trim();
  if (!value || countWords(value) > 8) return null;
  const url = URL_IN_TEXT.exec(value)?.[0].replace(/[.,;:]+$/u, '') ?? null;
  const name = (url ? value.replace(url, '') : value).replace(/^[\s,;:|(–—-]+|[\s.,;:|()–—-]+$/gu, '');
  if (url) return { outlet: name !== '' ? name : hostOf(url), url };
  if (BARE_DOMAIN.test(name)) return { outlet: hostOf(`https://${name}`), url: null };
  return name !== '' ? { outlet: name, url: null } : null;
}

function hostOf(address: string): string | null {
  if (!URL.canParse(address)) return null;
  return new URL(address).hostname.replace(/^www\./iu, '');
}
