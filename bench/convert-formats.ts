// Measures the web page and PDF converters and the folder read that keeps converted texts current.
//
//   npx tsx bench/convert-formats.ts
//
// Inputs are made here from the hand-written test page (tests/fixtures/intake/harbour-strike.html)
// with 200 teaser items added around the article (about 22 KB, the shape of a news page), and a
// one-page PDF of 40 lines. Prints milliseconds per conversion (median of the runs after a warm-up)
// and the time to read a folder of 100 such pages the first time (converting) and the second (current).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertHtml } from '../src/corpus/formats/convert-html.js';
import { convertPdf } from '../src/corpus/formats/convert-pdf.js';
import { readCorpusFiles } from '../src/corpus/read-corpus-files.js';
import { buildTestPdf } from '../tests/support/build-test-pdf.js';

const page = readFileSync(new URL('../tests/fixtures/intake/harbour-strike.html', import.meta.url), 'utf8');
const teasers = Array.from(
  { length: 200 },
  (_, i) =>
    `<li><a href="/s/${i}">Teaser headline number ${i} about the harbour</a><p>Short teaser text ${i}.</p></li>`,
).join('');
const html = page.replace('<ul>', `<ul>${teasers}`);
const pdf = buildTestPdf({
  title: 'Bench',
  lines: Array.from({ length: 40 }, (_, i) =>
    i % 8 === 7 ? '' : `Line ${i} of the harbour briefing with some words.`,
  ),
});

async function median(runs: number, work: () => unknown): Promise<number> {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

console.log(
  `convertHtml: ${(await median(50, () => convertHtml(html))).toFixed(1)} ms per page (${html.length.toLocaleString('en-US')} bytes)`,
);
console.log(
  `convertPdf: ${(await median(50, () => convertPdf(pdf))).toFixed(1)} ms per PDF (${pdf.length.toLocaleString('en-US')} bytes, 1 page, 40 lines)`,
);

const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-formats-'));
try {
  for (let i = 0; i < 100; i++) writeFileSync(join(dir, `page-${i}.html`), html.replace('Monday', `Monday (${i})`));
  let start = performance.now();
  const first = await readCorpusFiles(dir);
  const converting = performance.now() - start;
  start = performance.now();
  await readCorpusFiles(dir);
  const current = performance.now() - start;
  console.log(
    `readCorpusFiles, 100 pages: ${converting.toFixed(0)} ms converting (${first.files.length} texts written), ${current.toFixed(0)} ms when current`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
