import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addReportFile } from '../../../src/corpus/add-report-file.js';

// Servers, files and PDF.js on a busy shared machine: generous limits, so only a real hang fails.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let dir: string | null = null;
afterEach(async () => {
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

function page(sentence: string, extraHead = ''): Uint8Array {
  return new TextEncoder().encode(
    `<html><head><link rel="canonical" href="https://pier.example/gauge">${extraHead}</head><body><article><h1>Gauge Fails</h1><p>${sentence}</p></article></body></html>`,
  );
}

const REPORT = {
  title: 'Gauge Fails',
  byline: null,
  outlet: null,
  date: null,
  url: 'https://pier.example/gauge',
  paragraphs: ['The tide gauge stopped on Sunday.'],
};

describe('addReportFile', () => {
  it('writes the original and its converted text under added/, then knows the same article by its text and its address', async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-add-'));
    const first = await addReportFile(dir, {
      bytes: page('The tide gauge stopped on Sunday.'),
      format: 'html',
      sourceUrl: null,
      fileName: null,
    });
    expect(first).toMatchObject({ kind: 'added', file: 'added/gauge-fails.html.txt', report: REPORT, replaces: null });
    expect(await readdir(join(dir, 'added'))).toEqual(['gauge-fails.html', 'gauge-fails.html.txt']);
    // Rule: the same article in a page that changed around it (here a new meta tag) is still the same article.
    const again = await addReportFile(dir, {
      bytes: page('The tide gauge stopped on Sunday.', '<meta name="generator" content="x">'),
      format: 'html',
      sourceUrl: 'https://pier.example/gauge?utm=1',
      fileName: null,
    });
    expect(again).toEqual({ kind: 'duplicate', file: 'added/gauge-fails.html.txt', report: REPORT });
    const changed = await addReportFile(dir, {
      bytes: page('The tide gauge was repaired on Tuesday.'),
      format: 'html',
      sourceUrl: null,
      fileName: null,
    });
    expect(changed).toMatchObject({
      kind: 'added',
      file: 'added/gauge-fails-v2.html.txt',
      replaces: 'added/gauge-fails.html.txt',
    });
    expect(await readdir(join(dir, 'added'))).toEqual([
      'gauge-fails-v2.html',
      'gauge-fails-v2.html.txt',
      'gauge-fails.html',
      'gauge-fails.html.txt',
    ]);
    expect(await readFile(join(dir, 'added/gauge-fails.html.txt'), 'utf8')).toContain('stopped on Sunday');
  });

  it('refuses what cannot be converted, writing nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-add-'));
    expect(
      await addReportFile(dir, {
        bytes: new TextEncoder().encode('<html></html>'),
        format: 'html',
        sourceUrl: null,
        fileName: null,
      }),
    ).toEqual({ kind: 'refused', reason: 'page has no article text' });
    expect(await readdir(dir)).toEqual([]);
  });
});
