import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildCorpusIndex } from '../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';
import { SLACK_RESULTS_LIMIT } from '../../src/slack/answer-slack-question.js';
import { startPlayground } from '../../src/web/start-playground.js';
import type { RunningWebServer } from '../../src/web/start-web-server.js';

/** Debian's Chromium; `.ci/run` installs it (browser downloads fail on this network). */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const READER_CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpora/reader', import.meta.url));
/** `UPDATE_SCREENSHOTS=1` writes the screenshots the README shows; otherwise they go to a temporary folder. */
const DOCS_IMG_DIR = fileURLToPath(new URL('../../docs/img', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const BROWSER_TIMEOUT_MS = 120_000;

let browser: Browser;
let server: RunningWebServer;
let index: CorpusIndex;
let screenshotDir: string;
let tempDir: string;
/** Pages that failed on the server; every test expects none. */
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Cannot run the browser tests: ${CHROMIUM} is missing. Install it with "apt-get install -y chromium" (.ci/run does).`,
    );
  }
  index = buildCorpusIndex((await loadCorpus(READER_CORPUS_DIR)).reports);
  server = await startPlayground({
    index,
    host: '127.0.0.1',
    port: 0,
    secret: null,
    answerOptions: { limit: SLACK_RESULTS_LIMIT },
    onError: (error, path) => pageErrors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`),
  });
  tempDir = await mkdtemp(join(tmpdir(), 'verbatim-browser-'));
  screenshotDir = process.env['UPDATE_SCREENSHOTS'] === '1' ? DOCS_IMG_DIR : tempDir;
  await mkdir(screenshotDir, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: BROWSER_TIMEOUT_MS });
}, BROWSER_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
}, BROWSER_TIMEOUT_MS);

/** Asks on the playground by typing into the question box and submitting the form, as a visitor does. */
async function ask(page: Page, question: string): Promise<void> {
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.fill('input[name=q]', question);
  await Promise.all([page.waitForURL(/\?q=/), page.press('input[name=q]', 'Enter')]);
}

/** What the page shows of its highlight: the mark's text and id, whether it is in view, and how far the page scrolled. */
async function readHighlight(page: Page) {
  const mark = page.locator('mark');
  // The box is relative to the viewport, as the page is scrolled now.
  const box = await mark.first().boundingBox();
  const innerHeight = Number(await page.evaluate('window.innerHeight'));
  return {
    count: await mark.count(),
    text: await mark.first().textContent(),
    id: await mark.first().getAttribute('id'),
    hash: new URL(page.url()).hash,
    isInView: box !== null && box.y >= 0 && box.y + box.height <= innerHeight,
    scrollY: Number(await page.evaluate('window.scrollY')),
  };
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('the playground and the reader in Chromium at %s width', (name, viewport) => {
  it(
    'answers a question, opens its citation at the cited sentence, highlighted and in view',
    async () => {
      const page = await browser.newPage({ viewport });
      try {
        await ask(page, '/reports capstone');
        const link = page.locator('a[href^="/read?"]').first();
        const label = await link.textContent();
        expect(label).toMatch(/^harbour-long-report\.txt:\d+-\d+$/);
        const [start, end] = (label ?? '').split(':')[1]?.split('-').map(Number) ?? [];
        const report = index.reports.find((candidate) => candidate.file === 'harbour-long-report.txt');
        const cited = report?.text.slice(start, end);
        expect(cited).toBe(
          'Inspectors found a cracked capstone near the lighthouse, the port authority said, and fenced off the walkway beside it.',
        );
        await page.screenshot({ path: join(screenshotDir, `playground-${name}.png`), fullPage: true });
        await Promise.all([page.waitForURL(/\/read\?/), link.click()]);
        const highlight = await readHighlight(page);
        expect(highlight).toMatchObject({ count: 1, text: cited, id: `s${start}-${end}`, hash: `#s${start}-${end}` });
        expect(highlight.isInView).toBe(true);
        // The sentence is near the end of a long report: the page scrolled to it, with no script on the page.
        expect(highlight.scrollY).toBeGreaterThan(0);
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.locator('h1').textContent()).toBe('Harbour Works Stall as Winter Storms Return');
        expect(await page.locator('a[rel~=noreferrer]').getAttribute('href')).toBe(
          'https://courier.example.org/harbour-works?id=7&lang=en',
        );
        const shot = join(screenshotDir, `reader-${name}.png`);
        await page.screenshot({ path: shot });
        const png = await readFile(shot);
        // PNG width, big-endian at byte 16: the screenshot is of the viewport asked for.
        expect(png.readUInt32BE(16)).toBe(viewport.width);
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    BROWSER_TIMEOUT_MS,
  );
});

describe('a tampered reader link in Chromium', () => {
  it(
    'is refused with 403 and a plain page',
    async () => {
      const page = await browser.newPage({ viewport: PHONE });
      try {
        await ask(page, '/reports capstone');
        const href = (await page.locator('a[href^="/read?"]').first().getAttribute('href')) ?? '';
        const tampered = href.replace(/end=(\d+)/, (_, end: string) => `end=${Number(end) + 40}`);
        expect(tampered).not.toBe(href);
        const response = await page.goto(`http://127.0.0.1:${server.port}${tampered}`);
        expect(response?.status()).toBe(403);
        expect(await page.locator('h1').textContent()).toBe('Link refused');
        expect(await page.locator('mark').count()).toBe(0);
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    BROWSER_TIMEOUT_MS,
  );
});
