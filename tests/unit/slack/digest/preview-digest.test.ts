import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../src/answer/build-digest.js';
import type { Report } from '../../../../src/corpus/report.js';
import { buildCorpusIndex } from '../../../../src/index/build-corpus-index.js';
import { saveDigestState } from '../../../../src/slack/digest/digest-state.js';
import { type PreviewDigestDeps, previewDigest } from '../../../../src/slack/digest/preview-digest.js';

const NOW = Date.parse('2024-12-24T09:00:00Z');
const TEXT = 'Troops arrive\n\nOfficials said troops arrived.\n';
const REPORT: Report = {
  id: 'a',
  file: 'a.txt',
  title: 'Troops arrive',
  date: '2024-12-23',
  outlet: null,
  url: null,
  text: TEXT,
  blocks: [
    { kind: 'title', start: 0, end: 13 },
    { kind: 'body', start: 15, end: 44 },
  ],
  bytes: TEXT.length,
  hash: 'hash-a',
};

let stateDir: string;
beforeEach(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'verbatim-preview-'));
  await saveDigestState(stateDir, {
    channel: 'C2',
    lastDate: '2024-12-23',
    lastAt: '2024-12-23T09:00:00.000Z',
    lastTs: '1.2',
    baseline: { date: '2024-12-23', reports: { 'a.txt': 'hash-a' } },
    inFlight: null,
  });
});
afterEach(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

function deps(channelIds: string[]): PreviewDigestDeps {
  return {
    stateDir,
    timeZone: 'UTC',
    channelIds,
    makeDigest: (options) => buildDigest(buildCorpusIndex([REPORT]), options),
    clock: () => NOW,
    logger: { info() {}, warn() {}, error() {} },
  };
}

describe('previewDigest', () => {
  it.each([
    { asked: 'C2', channels: ['C1', 'C2'], baseline: 'C2', since: '2024-12-23', reports: 0 },
    { asked: 'C9', channels: ['C2', 'C1'], baseline: 'C2', since: '2024-12-23', reports: 0 },
    { asked: 'C9', channels: ['C1', 'C2'], baseline: 'C1', since: null, reports: 1 },
    { asked: null, channels: [], baseline: null, since: null, reports: 1 },
  ])('asked from $asked with digest channels $channels, compares with $baseline', async (row) => {
    const preview = await previewDigest(row.asked, deps(row.channels));
    expect([preview.channel, preview.digest.since, preview.digest.reports.length]).toEqual([
      row.baseline,
      row.since,
      row.reports,
    ]);
    expect(preview.messages[0]?.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Verbatim digest · 2024-12-24' },
    });
  });

  it('records nothing', async () => {
    await previewDigest('C1', deps(['C1']));
    expect(await readdir(stateDir)).toEqual(['digest-C2.json']);
  });
});
