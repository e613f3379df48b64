import type { ReaderLinkSettings } from '../reader/create-citation-linker.js';
import { MIN_READER_SECRET_LENGTH } from '../reader/sign-reader-link.js';

/**
 * The reader's link settings for the terminal commands, from `PUBLIC_URL` and `READER_SECRET` as
 * the bot reads them: both set (blank counts as unset) → links; otherwise null, and the terminal
 * prints citations as without the reader. Validation of the values is the bot's (`loadConfig`);
 * here a value the bot would refuse gives no links either.
 */
export function readReaderSettings(env: Readonly<Record<string, string | undefined>>): ReaderLinkSettings | null {
  const publicUrl = env['PUBLIC_URL']?.trim() ?? '';
  const secret = env['READER_SECRET'] ?? '';
  if (!/^https?:\/\/\S+$/i.test(publicUrl) || secret.trim().length < MIN_READER_SECRET_LENGTH) return null;
  return { publicUrl: publicUrl.replace(/\/+$/, ''), secret };
}
