// The time `findPhraseCandidates` takes (the `/who-said` phrase look-up in the quote catalog), on
// the store bench/heap.ts leaves in $TMPDIR/verbatim-bench/heap-bench-<N>.sqlite: 300 phrases of three
// words from the corpus's direct quotes, each also with a letter dropped from its long words and an
// unknown word added (the near-match path), three rounds. Prints the median and p99, and a hash of
// the candidates found, so two versions of the catalog can be checked to find the same.
//
//   npx tsx bench/heap.ts --articles=5000 && npx tsx bench/phrase-candidates.ts --articles=5000

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { findPhraseCandidates } from '../src/index/build-quote-catalog.js';
import { loadQuoteCatalog } from '../src/index/serialize-quote-catalog.js';
import { openSqliteCorpusStore } from '../src/index/store/open-sqlite-corpus-store.js';
import { QUICK_ARTICLES, WORK_DIR } from './startup.js';
import { articleCountOption, describeMachine, percentile } from './stats.js';

const count = articleCountOption() ?? QUICK_ARTICLES;
const store = openSqliteCorpusStore(join(WORK_DIR, `heap-bench-${count}.sqlite`));
const quotes = store.readQuotes();
const catalog = loadQuoteCatalog(store.readQuoteCatalog(), quotes, store.readSpeakers());
store.close();
const phrases = quotes
  .filter((quote) => quote.direct)
  .filter((_, i) => i % 97 === 0)
  .slice(0, 300)
  .flatMap((quote) => {
    const words = quote.text.split(/\s+/).slice(1, 4);
    const typed = words.map((word) => (word.length > 5 ? word.slice(0, 2) + word.slice(3) : word));
    return [words.join(' '), `${typed.join(' ')} zzqx`];
  });
const found: number[] = [];
const times: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const phrase of phrases) {
    const at = performance.now();
    const candidates = findPhraseCandidates(catalog, phrase);
    times.push(performance.now() - at);
    if (round === 0) found.push(candidates.length, candidates[0] ?? -1, candidates[candidates.length - 1] ?? -1);
  }
}
console.log(
  `${phrases.length} phrases × 3: median ${percentile(times, 0.5).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms; candidates hash ${createHash('sha256').update(JSON.stringify(found)).digest('hex').slice(0, 12)}`,
);
console.log(`(${describeMachine()})`);
