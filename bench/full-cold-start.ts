// Writes the 37,054 indexed articles as a corpus folder (once) and runs one cold start over it,
// which builds the index and saves the cache that the full latency and HTTP benchmarks then load.
//
//   npx tsx bench/full-cold-start.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELD_BACK } from './read-allsides.js';
import { LARGE_HEAP, runChild } from './run-child.js';
import { FULL_COLD_FILE, WORK_DIR, writeCorpusDir } from './startup.js';

const count = 37554 - HELD_BACK;
const dir = writeCorpusDir(count);
const result = JSON.stringify(runChild('start-child.ts', [dir, join(WORK_DIR, `startup-cache-${count}`)], LARGE_HEAP));
writeFileSync(join(WORK_DIR, FULL_COLD_FILE), result);
console.log(result);
