import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCitation } from '../../src/answer/build-citation.js';
import { buildDigest } from '../../src/answer/build-digest.js';
import { buildHomeSummary } from '../../src/answer/build-home-summary.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';
import { toCorpusManifest } from '../../src/index/corpus-manifest.js';
import { createCitationLinker } from '../../src/reader/create-citation-linker.js';
import { buildReaderUrl } from '../../src/reader/reader-link-url.js';
import { renderCitationCopy } from '../../src/render/blocks/render-citation-copy.js';
import { encodeCitationMenuValue } from '../../src/render/blocks/render-citation-menu.js';
import { renderDigestBlocks } from '../../src/render/blocks/render-digest-blocks.js';
import { renderHomeView } from '../../src/render/blocks/render-home-view.js';
import { pickRenderedPage } from '../../src/render/blocks/rendered-page.js';
import { buildAnswerMessage } from '../../src/slack/build-answer-message.js';
import { buildDigestPreviewAnswer } from '../../src/slack/build-digest-preview-answer.js';
import { HOME_CALLBACK_ID } from '../../src/slack/slack-ids.js';
import { handleReaderRequest } from '../../src/web/handle-reader-request.js';
import { buildOverflowClick } from '../support/click-slack-button.js';
import { createManualClock } from '../support/manual-clock.js';
import { SEEDS_DIR, startTestApp, type TestApp } from '../support/start-test-app.js';

const PUBLIC_URL = 'https://verbatim.test/desk';
const READER_SECRET = 'reader-secret-for-tests-0123456789abcdef';
const DIGEST_CHANNEL = 'C0DIGEST';
const DAY = '2025-01-20';
/** Cold and warm starts of the seeds, worker threads under tsx, on a shared two-core machine. */
const TIMEOUT_MS = 120_000;

let app: TestApp | null = null;
let root: string | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
  if (root !== null) await rm(root, { recursive: true, force: true });
  root = null;
});

/** The whole bot (`startVerbatim`) on the seeds, with the reader and a digest channel on. */
async function startSeedsBot(cacheDir: (root: string) => Promise<string>): Promise<TestApp> {
  root = await mkdtemp(join(tmpdir(), 'verbatim-thin-edge-'));
  const cache = await cacheDir(root);
  return startTestApp({
    transport: 'http',
    corpusDir: SEEDS_DIR,
    bot: {
      clock: createManualClock(Date.parse(`${DAY}T12:00:00Z`)),
      env: {
        PUBLIC_URL,
        READER_SECRET,
        DIGEST_CHANNELS: DIGEST_CHANNEL,
        DIGEST_TZ: 'UTC',
        DIGEST_TIME: '23:00',
        STATE_DIR: join(root, 'state'),
        CACHE_DIR: cache,
      },
    },
  });
}

/** Checks what the main thread holds: a manifest of metadata, no index, nor any report's text. */
function expectManifestOnly(running: TestApp, index: CorpusIndex): void {
  expect(Object.keys(running.running ?? {}).sort()).toEqual(['getManifest', 'port', 'stop', 'transport']);
  const manifest = running.getManifest();
  expect({ ...manifest, warnings: [] }).toEqual({ ...toCorpusManifest(index), store: manifest.store });
  for (const report of manifest.reports) {
    expect(Object.keys(report)).toEqual(['id', 'file', 'title', 'date', 'outlet', 'url', 'bytes', 'hash']);
  }
  const held = JSON.stringify(manifest);
  for (const report of index.reports) expect(held).not.toContain(report.text.slice(-200));
}

/** App Home, a reader page, the citation menu and the digest preview, each as the in-process code gives it for `index`. */
async function expectSameAsInProcess(running: TestApp, index: CorpusIndex): Promise<void> {
  const link = createCitationLinker({ publicUrl: PUBLIC_URL, secret: READER_SECRET }, () => index);

  await running.event({ type: 'app_home_opened', user: 'U0READER', channel: 'D0HOME', tab: 'home' });
  const publish = await running.fake.waitForCall('views.publish');
  expect(publish.body['view']).toEqual({
    ...renderHomeView(link(buildHomeSummary(index))),
    callback_id: HOME_CALLBACK_ID,
  });

  const report = index.reports[0];
  const sentence = index.sentences.find((candidate) => candidate.reportId === report?.id);
  if (report === undefined || sentence === undefined) throw new Error('the seeds hold no sentence');
  const target = { reportId: report.id, start: sentence.start, end: sentence.end, expiresAt: null };
  const readerUrl = new URL(buildReaderUrl(PUBLIC_URL, target, READER_SECRET));
  const path = `${readerUrl.pathname.replace('/desk', '')}${readerUrl.search}`;
  const page = await fetch(`http://127.0.0.1:${running.port}${path}`);
  const expectedPage = handleReaderRequest(new URL(path, 'http://localhost'), {
    getIndex: () => index,
    secret: READER_SECRET,
    now: () => 0,
  });
  expect({ status: page.status, html: await page.text() }).toEqual(expectedPage);
  expect(expectedPage.status).toBe(200);

  const value = encodeCitationMenuValue({
    kind: 'excerpt',
    file: report.file,
    start: sentence.start,
    end: sentence.end,
  });
  const menu = {
    type: 'section',
    accessory: { type: 'overflow', action_id: 'verbatim_copy_citation', options: [{ text: {}, value }] },
  };
  const where = {
    blocks: [menu],
    channel: 'C0GENERAL',
    isEphemeral: true,
    responseUrl: running.fake.responseUrl('cite'),
  };
  await running.interaction(buildOverflowClick(where, 0, 0));
  const cited = await running.fake.waitForCall('response_url');
  expect(cited.body).toEqual({
    response_type: 'ephemeral',
    replace_original: false,
    ...renderCitationCopy(link(buildCitation(report, sentence.start, sentence.end)), 'excerpt'),
  });

  const preview = await running.command('/verbatim', 'digest');
  const digest = buildDigest(index, { date: DAY, baseline: null });
  const rendered = buildDigestPreviewAnswer({ channel: DIGEST_CHANNEL, messages: renderDigestBlocks(link(digest)) });
  expect(preview.body).toEqual({
    response_type: 'ephemeral',
    ...buildAnswerMessage(pickRenderedPage(rendered, 0), {
      text: '/verbatim digest',
      page: 0,
      sharedBy: null,
      isShareable: true,
      feedback: { answerKind: 'digest-preview', fingerprint: index.fingerprint },
    }),
  });
}

describe('the Slack edge holds no corpus index', () => {
  it(
    'keeps only the manifest on a cold start, and the Home tab, a reader page, the citation menu and the digest preview come from the answer worker byte for byte',
    async () => {
      app = await startSeedsBot(async (folder) => join(folder, 'cache'));
      expect(app.logs.find((record) => record.msg === 'corpus index ready')).toMatchObject({ source: 'built' });
      const index = await app.readIndex();
      expectManifestOnly(app, index);
      expect(app.getManifest().store).toMatch(/corpus-store-[0-9a-f]{16}\.sqlite$/);
      await expectSameAsInProcess(app, index);
    },
    TIMEOUT_MS,
  );

  it(
    'keeps only the manifest when the store cannot be written, the answer worker answering from the pack',
    async () => {
      // CACHE_DIR is a file: the cache folder cannot be made, so the store is not written.
      app = await startSeedsBot(async (folder) => {
        const file = join(folder, 'cache-is-a-file');
        await writeFile(file, '');
        return file;
      });
      expect(app.getManifest().store).toBeUndefined();
      const index = await app.readIndex();
      expectManifestOnly(app, index);
      expect(app.logs.filter((record) => record.msg === 'corpus store rebuilt').map((record) => record.level)).toEqual([
        'info',
        'warn',
      ]);
      await expectSameAsInProcess(app, index);
    },
    TIMEOUT_MS,
  );
});
