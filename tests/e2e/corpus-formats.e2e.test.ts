import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { parseQuestion } from '../../src/answer/parse-question.js';
import { buildTestPdf } from '../support/build-test-pdf.js';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

// Servers, files and PDF.js on a busy shared machine: generous limits, so only a real hang fails.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const FORMATS_DIR = fileURLToPath(new URL('../fixtures/corpora/formats', import.meta.url));
const ARTICLE_PAGE = fileURLToPath(new URL('../fixtures/intake/harbour-strike.html', import.meta.url));
const PDF = buildTestPdf({
  title: 'Harbour Master Notice',
  creationDate: 'D:20241101120000Z',
  lines: [
    'The harbour master closed the east channel to ships over 200 metres on Friday.',
    'Pilots said the dredging would take about two weeks.',
  ],
});

let app: TestApp | null = null;
let dir: string | null = null;
afterEach(async () => {
  await app?.stop();
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  app = null;
  dir = null;
});

/** A copy of the formats fixture (.txt, .md) with the article page (.html) and a generated .pdf, so the converted texts are written to a scratch folder. */
async function copyFormatsCorpus(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-formats-'));
  await cp(FORMATS_DIR, dir, { recursive: true });
  await cp(ARTICLE_PAGE, join(dir, 'dock-strike.html'));
  await writeFile(join(dir, 'harbour-notice.pdf'), PDF);
  return dir;
}

describe('a corpus folder holding .txt, .md, .html and .pdf reports', () => {
  it('answers /sources with the title, outlet and date of each, the web page and the PDF read through their converted texts', async () => {
    const corpusDir = await copyFormatsCorpus();
    app = await startTestApp({ transport: 'http', corpusDir });
    const answer = answerQuestion(parseQuestion('/sources'), app.index);
    expect(answer.kind).toBe('sources');
    const summaries =
      answer.kind === 'sources'
        ? answer.reports.map(({ file, title, date, outlet }) => ({ file, title, date, outlet }))
        : [];
    expect(summaries).toEqual([
      {
        file: 'dock-strike.html.txt',
        title: 'Dock workers strike at Northport harbour',
        date: '2024-11-05',
        outlet: 'Harbour Gazette',
      },
      {
        file: 'ferry-fares.txt',
        title: 'Ferry Fares Rise on the Island Routes',
        date: '2024-10-12',
        outlet: 'Island Courier',
      },
      { file: 'harbour-notice.pdf.txt', title: 'Harbour Master Notice', date: '2024-11-01', outlet: null },
      {
        file: 'lighthouse-repairs.md',
        title: 'Lighthouse Repairs Finish Early',
        date: '2024-09-30',
        outlet: 'Coast Weekly',
      },
    ]);
    const text = collectBlockText(((await app.command('/sources', '')).body as { blocks: unknown[] }).blocks);
    for (const title of [
      'Dock workers strike at Northport harbour',
      'Ferry Fares Rise on the Island Routes',
      'Harbour Master Notice',
      'Lighthouse Repairs Finish Early',
    ])
      expect(text).toContain(title);
  });

  it('cites every sentence as an exact slice of the file it names, which a reader can open', async () => {
    const corpusDir = await copyFormatsCorpus();
    app = await startTestApp({ transport: 'http', corpusDir });
    const cited = new Set<string>();
    for (const words of ['harbour', 'ferry fares', 'lighthouse glass', 'dredging channel', 'union shift']) {
      const answer = answerQuestion(parseQuestion(`/reports ${words}`), app.index);
      expect(answer.kind).toBe('results');
      const citations = answer.kind === 'results' ? answer.results.map((result) => result.citation) : [];
      expect(citations.length).toBeGreaterThan(0);
      for (const citation of citations) {
        const fileText = new TextDecoder().decode(await readFile(join(corpusDir, citation.file)));
        expect(fileText.slice(citation.start, citation.end)).toBe(citation.sentence);
        cited.add(citation.file);
      }
    }
    expect([...cited].sort()).toEqual([
      'dock-strike.html.txt',
      'ferry-fares.txt',
      'harbour-notice.pdf.txt',
      'lighthouse-repairs.md',
    ]);
  });
});
