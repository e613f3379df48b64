import type { Mention } from './find-mentions.js';
import { isSameFoldedPerson } from './is-same-person.js';
import { readFoldedName } from './normalise-person-name.js';

/** The named mentions of one report that can be the same person as a name, looked up once per name. */
export type PersonLookup = {
  /** Every named mention (in text order) that `isSamePerson` matches with `name`. */
  readonly sameAs: (name: string) => readonly Mention[];
  /** `normalisePersonName(name)`, shared (do not change the array). */
  readonly foldName: (name: string) => readonly string[];
  /** `isSamePerson(a, b)`, from the names folded once. */
  readonly isSame: (a: string, b: string) => boolean;
};

/**
 * Builds a lookup over one report's mentions so that speaker resolution compares each distinct
 * name with the report's names once, not once per quote: resolving a report's quotes stays
 * roughly linear in its length. Answers are exactly those of filtering `mentions` with
 * `isSamePerson`. The memo lives as long as the lookup (one report). Pure.
 */
export function createPersonLookup(mentions: readonly Mention[]): PersonLookup {
  const named: { readonly mention: Mention; readonly key: string }[] = [];
  // A report names the same few people again and again: compare each distinct folded name once.
  const distinct = new Map<string, readonly string[]>();
  for (const mention of mentions) {
    if (mention.kind !== 'named') continue;
    const { words, key } = readFoldedName(mention.name ?? '');
    named.push({ mention, key });
    if (!distinct.has(key)) distinct.set(key, words);
  }
  const known = new Map<string, readonly Mention[]>();
  const byFolded = new Map<string, readonly Mention[]>();
  return {
    sameAs: (name) => {
      const found = known.get(name);
      if (found) return found;
      const { words: folded, key } = readFoldedName(name);
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
    foldName: (name) => readFoldedName(name).words,
    isSame: (a, b) => isSameFoldedPerson(readFoldedName(a).words, readFoldedName(b).words),
  };
}
