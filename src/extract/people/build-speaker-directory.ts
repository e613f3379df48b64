import type { Quote } from '../quotes/quote.js';
import { isSameFoldedPerson, isSamePerson, personMatchKeys } from './is-same-person.js';
import { normalisePersonName } from './normalise-person-name.js';
import { readSpeakerPhrase } from './read-speaker-phrase.js';

/** One speaker across all reports, with every spelling the reports use. */
export type Speaker = {
  /** Stable key for grouping ("zelensky"): the folded surname, made unique. */
  readonly key: string;
  /** The fullest name the reports give ("Volodymyr Zelensky"). */
  readonly name: string;
  readonly role: string | null;
  /** Every spelling of the name the reports use, sorted by code unit. */
  readonly spellings: readonly string[];
  /** How many quotes and paraphrased statements are theirs. */
  readonly quoteCount: number;
};

/** Every speaker of the corpus, and which quotes are theirs. */
export type SpeakerDirectory = {
  /** Sorted by key. */
  readonly speakers: readonly Speaker[];
  /** Quote id → speaker key. */
  readonly speakerOfQuote: ReadonlyMap<string, string>;
};

type Group = {
  names: Map<string, number>;
  folded: (readonly string[])[];
  roles: string[];
  spellings: Set<string>;
  quoteIds: string[];
};

/**
 * Merges the speakers of all quotes into one entry per person ("Zelensky", "Zelenskyy",
 * "Volodymyr Zelensky" → one), using `isSamePerson`. Names are taken fullest first, so each group
 * starts from its fullest name; a short name that fits two groups ("Kim" for "Kim Jong Un" and
 * "Kim Yo Jong") stays apart rather than guess. The display name is the one with the most words,
 * then the most quotes, then the longest, then the first in code-unit order; the role is the
 * longest the reports give, then the first in code-unit order. Quotes without a speaker are left
 * out. Deterministic: the same quotes in any order give the same directory.
 *
 * @example
 * buildSpeakerDirectory(quotes).speakers; // [{ key: 'zelensky', name: 'Volodymyr Zelensky', … }]
 */
export function buildSpeakerDirectory(quotes: readonly Quote[]): SpeakerDirectory {
  const counts = new Map<string, number>();
  for (const quote of quotes)
    if (quote.speaker !== null) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  const names = [...counts.keys()].sort(compareFullestFirst);
  const groups: Group[] = [];
  const groupOfName = new Map<string, Group>();
  // Groups are found through shared match keys, not by comparing each name with every group.
  const groupsOfKey = new Map<string, Set<Group>>();
  for (const name of names) {
    const folded = normalisePersonName(name);
    const keys = personMatchKeys(folded);
    const candidates = new Set(keys.flatMap((key) => [...(groupsOfKey.get(key) ?? [])]));
    const fits = [...candidates].filter((group) => group.folded.some((other) => isSameFoldedPerson(folded, other)));
    const group: Group =
      fits.length === 1 && fits[0]
        ? fits[0]
        : { names: new Map(), folded: [], roles: [], spellings: new Set(), quoteIds: [] };
    if (fits.length !== 1) groups.push(group);
    group.names.set(name, counts.get(name) ?? 0);
    group.folded.push(folded);
    groupOfName.set(name, group);
    for (const key of keys) {
      const known = groupsOfKey.get(key);
      if (known === undefined) groupsOfKey.set(key, new Set([group]));
      else known.add(group);
    }
  }
  const sortedQuotes = [...quotes].sort((a, b) => compareCodeUnits(a.id, b.id));
  for (const quote of sortedQuotes) {
    const group = quote.speaker === null ? undefined : groupOfName.get(quote.speaker);
    if (!group || quote.speaker === null) continue;
    group.quoteIds.push(quote.id);
    group.spellings.add(quote.speaker);
    if (quote.speakerRole !== null) group.roles.push(quote.speakerRole);
    const written = quote.speakerAsWritten === null ? null : nameAsWritten(quote.speakerAsWritten);
    if (written !== null && isSamePerson(written, quote.speaker)) group.spellings.add(written);
  }
  const speakers = assignKeys(groups.map(describeGroup));
  const speakerOfQuote = new Map<string, string>();
  speakers.forEach(({ speaker, quoteIds }) => {
    for (const id of quoteIds) speakerOfQuote.set(id, speaker.key);
  });
  return {
    speakers: speakers.map(({ speaker }) => speaker).sort((a, b) => compareCodeUnits(a.key, b.key)),
    speakerOfQuote,
  };
}

function describeGroup(group: Group): { name: string; role: string | null; spellings: string[]; quoteIds: string[] } {
  const [name] = [...group.names.entries()].sort(
    ([a, countA], [b, countB]) =>
      normalisePersonName(b).length - normalisePersonName(a).length ||
      countB - countA ||
      b.length - a.length ||
      compareCodeUnits(a, b),
  )[0] ?? [''];
  const [role] = [...group.roles].sort((a, b) => b.length - a.length || compareCodeUnits(a, b));
  return { name, role: role ?? null, spellings: [...group.spellings].sort(compareCodeUnits), quoteIds: group.quoteIds };
}

function assignKeys(groups: readonly ReturnType<typeof describeGroup>[]): { speaker: Speaker; quoteIds: string[] }[] {
  const used = new Set<string>();
  const ordered = [...groups].sort((a, b) => compareCodeUnits(a.name, b.name));
  return ordered.map((group) => {
    const words = normalisePersonName(group.name);
    const surname = words.at(-1) ?? 'unknown';
    let key = used.has(surname) && words.length > 1 ? `${surname}-${words[0]}` : surname;
    for (let n = 2; used.has(key); n++) key = `${surname}-${n}`;
    used.add(key);
    const { name, role, spellings, quoteIds } = group;
    return { speaker: { key, name, role, spellings, quoteCount: quoteIds.length }, quoteIds };
  });
}

/** The name inside a phrase as written ("Ukrainian President Volodymyr Zelensky" → "Volodymyr Zelensky"), or null. */
function nameAsWritten(phrase: string): string | null {
  const read = readSpeakerPhrase(phrase, 0, { direction: 'forward', limit: phrase.length });
  return read?.kind === 'named' ? read.name : null;
}

function compareFullestFirst(a: string, b: string): number {
  return normalisePersonName(b).length - normalisePersonName(a).length || b.length - a.length || compareCodeUnits(a, b);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
