import type { ReaderLinkSettings } from '../reader/create-citation-linker.js';

/**
 * The reader's link settings for the terminal commands, from `PUBLIC_URL` and `READER_SECRET` as
 * the bot reads them: both set (blank counts as unset) → links; otherwise null, and the terminal
 * prints citations as without the reader. Validation of the values is the bot's (`loadConfig`);
 * here a value the bot would refuse gives no links either.
 */
export function readReaderSettings(env: Readonly<Record<string, string | undefined>>): ReaderLinkSettings | null {
  const publicUrl = env['PUBLIC_URL']?.trim() ?? '';
  const secret = env['READER_SECRET'] ?? '';
  if (!/^https?:\/\/\S+$/i.test(publicUrl) || secret.trim().length < 32) return null;
  return { publicUrl: publicUrl.replace(/\/+$/, ''), secret };
}
