// Screenshots of the seeds' answers as Slack shows them: `/casualties` (its first screen, and the
// excerpts "Show excerpts" posts), `/who-said Kirby` and the App Home, each rendered from the real Block Kit JSON (the first page of the message the bot
// posts) into a rough Slack-like HTML page and photographed in headless Chromium at phone and
// desktop widths. Writes docs/img/glance-*.png and prints each page's full height.
//   npx tsx bench/screenshots.ts

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildHomeSummary } from '../src/answer/build-home-summary.js';
import { loadOrBuildCorpusIndex } from '../src/index/load-or-build-corpus-index.js';
import { renderHomeView } from '../src/render/blocks/render-home-view.js';
import { renderBlocksHtml } from '../src/render/html/render-blocks-html.js';
import { renderHtmlPage } from '../src/render/html/render-html-page.js';
import { answerSlackQuestion } from '../src/slack/answer-slack-question.js';
import { buildAnswerMessage } from '../src/slack/build-answer-message.js';
import { createPageAnswerer } from '../src/slack/create-page-answerer.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const SEEDS_DIR = fileURLToPath(new URL('../seeds', import.meta.url));
const IMG_DIR = fileURLToPath(new URL('../docs/img', import.meta.url));
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

// The seeds as the bot reads them, with their verbatim.yml; the cache goes to a temporary folder.
const { index } = await loadOrBuildCorpusIndex(SEEDS_DIR, {
  cacheDir: await mkdtemp(join(tmpdir(), 'verbatim-shots-')),
});
const deps = { answerPage: createPageAnswerer({ getIndex: () => index }), previewDigest: null };
const pages: Record<string, readonly unknown[]> = {};
for (const [name, question, part] of [
  ['casualties', '/casualties', 'answer'],
  ['casualties-excerpts', '/casualties', 'excerpts'],
  ['who-said-kirby', '/who-said Kirby', 'answer'],
] as const) {
  const { rendered, answerKind, hasExcerpts } = await answerSlackQuestion(question, deps, { channelId: null, part });
  const feedback = { answerKind, fingerprint: index.fingerprint };
  pages[name] = buildAnswerMessage(rendered, {
    text: question,
    page: 0,
    sharedBy: null,
    isShareable: true,
    part,
    hasExcerpts: hasExcerpts === true,
    feedback,
  }).blocks;
}
pages['home'] = renderHomeView(buildHomeSummary(index)).blocks;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 120_000 });
try {
  console.log('| page | width | full height (px) |\n| --- | --- | --- |');
  for (const [name, blocks] of Object.entries(pages)) {
    const html = renderHtmlPage({ title: `Verbatim · ${name}`, body: renderBlocksHtml(blocks) });
    for (const [size, viewport] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({ viewport });
      await page.setContent(html);
      await page.screenshot({ path: `${IMG_DIR}/glance-${name}-${size}.png` });
      const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
      console.log(`| ${name} | ${viewport.width} | ${height} |`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
