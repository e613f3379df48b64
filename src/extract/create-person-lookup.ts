import type { Mention } from './find-mentions.js';
import { isSameFoldedPerson } from './is-same-person.js';
import { normalisePersonName } from './normalise-person-name.js';

/** The named mentions of one report that can be the same person as a name, looked up once per name. */
export type PersonLookup = {
  /** Every named mention (in text order) that `isSamePerson` matches with `name`. */
  readonly sameAs: (name: string) => readonly Mention[];
};

/**
 * Builds a lookup over one report's mentions so that speaker resolution compares each distinct
 * name with the report's names once, not once per quote: resolving a report's quotes stays
 * roughly linear in its length. Answers are exactly those of filtering `mentions` with
 * `isSamePerson`. The memo lives as long as the lookup (one report). Pure.
 */
export function createPersonLookup(mentions: readonly Mention[]): PersonLookup {
  const named = mentions
    .filter((mention) => mention.kind === 'named')
    .map((mention) => ({ mention, key: normalisePersonName(mention.name ?? '').join(' ') }));
  // A report names the same few people again and again: compare each distinct folded name once.
  const distinct = new Map(named.map((entry) => [entry.key, entry.key === '' ? [] : entry.key.split(' ')]));
  const known = new Map<string, readonly Mention[]>();
  const byFolded = new Map<string, readonly Mention[]>();
  return {
    sameAs: (name) => {
      const found = known.get(name);
      if (found) return found;
      const folded = normalisePersonName(name);
      const key = folded.join(' ');
      let same = byFolded.get(key);
      if (!same) {
        const keys = new Set<string>();
        for (const [other, words] of distinct) if (isSameFoldedPerson(folded, words)) keys.add(other);
        same = named.filter((entry) => keys.has(entry.key)).map((entry) => entry.mention);
        byFolded.set(key, same);
      }
      known.set(name, same);
      return same;
    },
  };
}
