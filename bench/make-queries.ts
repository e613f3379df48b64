// The benchmark queries, made deterministically from the data (no randomness: a fixed-seed
// linear congruential generator picks words).
import type { CorpusIndex } from '../src/index/corpus-index.js';
import { STOP_WORDS } from '../src/search/stop-words.js';
import type { Article } from './read-allsides.js';

/** A named set of queries, each a full command line as a user types it. */
export type QuerySet = { readonly name: string; readonly command: string; readonly queries: readonly string[] };

const QUERY_COUNT = 500;
const FIGURE_FILTERS = [
  '',
  'killed',
  'wounded',
  'captured',
  'missing',
  'russian',
  'since 2019-01-01',
  'since 2016-06-01',
  'killed since 2018-01-01',
  'syria',
  'afghanistan',
  'iraq',
  'police',
  'officials',
  'pentagon',
  'ukraine',
  'border',
  'deployed',
  'trained',
  'additional',
];

/** Words of a text as a reader types them: letters only, lower case, four letters or more, not stop words. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word.length >= 4 && !STOP_WORDS.has(word));
}

/** 500 topical queries of 2 to 4 words drawn from the 2,000 most frequent content words of the indexed titles. */
export function makeTopicalQueries(indexed: readonly Article[]): string[] {
  const counts = new Map<string, number>();
  for (const article of indexed)
    for (const word of new Set(contentWords(article.title))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 2000)
    .map(([word]) => word);
  let seed = 42;
  const next = (bound: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % bound;
  };
  return Array.from({ length: QUERY_COUNT }, () =>
    Array.from({ length: 2 + next(3) }, () => vocabulary[next(vocabulary.length)] ?? '').join(' '),
  );
}

/** Every query set of benchmark 3 (and the mix of benchmark 4). */
export function makeQuerySets(
  index: CorpusIndex,
  indexed: readonly Article[],
  heldBack: readonly Article[],
): QuerySet[] {
  const cycle = <T>(items: readonly T[]): T[] =>
    items.length === 0 ? [] : Array.from({ length: QUERY_COUNT }, (_, i) => items[i % items.length] as T);
  const speakers = [...index.speakers.speakers]
    .sort((a, b) => b.quoteCount - a.quoteCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, QUERY_COUNT / 2);
  const persons = [
    ...speakers.map((speaker) => speaker.name),
    ...speakers.map((speaker) => speaker.name.split(' ').at(-1) ?? speaker.name),
  ];
  const direct = index.quotes.filter((quote) => quote.direct && contentWords(quote.text).length >= 3);
  const step = Math.max(1, Math.floor(direct.length / (QUERY_COUNT / 2)));
  const quotedPhrases = direct
    .filter((_, i) => i % step === 0)
    .slice(0, QUERY_COUNT / 2)
    .map((quote) => {
      const words = quote.text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
      const from = Math.floor(words.length / 3);
      return words
        .slice(from, from + 3 + (words.length % 3))
        .join(' ')
        .replace(/[^\p{L}\p{N}' -]/gu, '');
    });
  const topical = makeTopicalQueries(indexed);
  return [
    { name: '/reports <held-back title>', command: '/reports', queries: heldBack.map((article) => article.title) },
    { name: '/reports <2-4 topical words>', command: '/reports', queries: topical },
    { name: '/casualties [filter]', command: '/casualties', queries: cycle(FIGURE_FILTERS) },
    { name: '/troops [filter]', command: '/troops', queries: cycle(FIGURE_FILTERS) },
    { name: '/who-said <person>', command: '/who-said', queries: cycle(persons) },
    {
      name: '/who-said <phrase>',
      command: '/who-said',
      queries: cycle([...quotedPhrases, ...topical.slice(0, QUERY_COUNT - quotedPhrases.length)]),
    },
  ];
}
