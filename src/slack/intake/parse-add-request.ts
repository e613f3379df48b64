/** An add request: the address to add, or null when `add` came without one. */
export type AddRequest = { readonly url: string | null };

const ADD_WORDS = /^(?:\/verbatim\s+)?add(?:\s+([\s\S]*))?$/iu;
const SLACK_LINK = /^<([^|>\s]+)(?:\|[^>]*)?>$/u;

/**
 * Reads "add <url>" (also as `/verbatim add <url>`, in a mention or a DM): the address as typed or
 * as Slack wraps it in a message (`<https://…>` or `<https://…|label>`). Returns null when the text
 * is not an add request, and `{ url: null }` for `add` without an address. Outside `/verbatim`, the
 * word after "add" must be an address (`scheme://…`), so a question such as "add up the losses" is
 * left to the question handler. Pure.
 *
 * @example
 * parseAddRequest('/verbatim add <https://gazette.example/strike|gazette.example/strike>') // { url: 'https://gazette.example/strike' }
 */
export function parseAddRequest(text: string): AddRequest | null {
  const trimmed = text.trim();
  const match = ADD_WORDS.exec(trimmed);
  if (!match) return null;
  const rest = (match[1] ?? '').trim();
  if (rest === '') return { url: null };
  const first = rest.split(/\s+/u)[0] ?? '';
  const url = SLACK_LINK.exec(first)?.[1] ?? first;
  // Rule: in a mention or a DM, "add up the losses" is a question; only an address after "add" makes it a request.
  if (!/^\/verbatim\s/iu.test(trimmed) && !/^[a-z][a-z0-9+.-]*:\/\//iu.test(url)) return null;
  return { url };
}

/**
 * The first web address in a Slack message's text (`<https://…>` or `<https://…|label>`, as Slack
 * writes links), or null. Pure.
 *
 * @example
 * findMessageLink('see <https://gazette.example/a|this>') // 'https://gazette.example/a'
 */
export function findMessageLink(text: string): string | null {
  return /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/u.exec(text)?.[1] ?? null;
}
