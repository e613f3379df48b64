/** Who may add reports: everyone, or the listed user and channel ids. */
export type Adders = 'everyone' | readonly string[];

/**
 * Whether a person may add a report: always when adders is `everyone`; otherwise when the list
 * names the person's user id or the channel the request came from. Pure.
 *
 * @example
 * isAllowedToAdd(['U0EDITOR'], { userId: 'U0EDITOR', channelId: 'C0NEWS' }) // true
 */
export function isAllowedToAdd(adders: Adders, who: { userId: string; channelId: string | null }): boolean {
  if (adders === 'everyone') return true;
  return adders.includes(who.userId) || (who.channelId !== null && adders.includes(who.channelId));
}
