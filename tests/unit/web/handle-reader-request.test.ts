import { describe, expect, it } from 'vitest';
import { buildReaderUrl } from '../../../src/reader/reader-link-url.js';
import { renderMessagePage } from '../../../src/render/html/render-message-page.js';
import { renderReaderPage } from '../../../src/render/html/render-reader-page.js';
import {
  handleReaderRequest,
  READER_EXPIRED_MESSAGE,
  READER_GONE_MESSAGE,
  READER_REFUSED_MESSAGE,
} from '../../../src/web/handle-reader-request.js';
import { buildTestCorpusIndex, buildTestReport } from '../../support/build-test-corpus.js';

const SECRET = 'a-reader-secret-of-forty-characters-0001';
const NOW = Date.UTC(2025, 0, 1);
const report = buildTestReport('river', '# River\nThe bridge held.\nThe road did not.');
const index = buildTestCorpusIndex([report]);
const deps = { getIndex: () => index, secret: SECRET, now: () => NOW };
const start = report.report.text.indexOf('The road');
const end = report.report.text.length;

function request(target: { reportId: string; start: number; end: number; expiresAt: number | null }, secret = SECRET) {
  return handleReaderRequest(new URL(buildReaderUrl('http://127.0.0.1', target, secret)), deps);
}

describe('handleReaderRequest', () => {
  it('shows the report with the signed range highlighted', () => {
    expect(request({ reportId: 'river', start, end, expiresAt: null })).toEqual({
      status: 200,
      html: renderReaderPage(report.report, { start, end, anchor: `s${start}-${end}` }),
    });
  });

  it('shows a link that has not expired yet', () => {
    expect(request({ reportId: 'river', start, end, expiresAt: NOW / 1000 + 1 }).status).toBe(200);
  });

  it.each([
    [
      'signed with another secret',
      `${buildReaderUrl('http://h', { reportId: 'river', start, end, expiresAt: null }, 'x'.repeat(32))}`,
    ],
    [
      'with its offsets changed',
      buildReaderUrl('http://h', { reportId: 'river', start, end, expiresAt: null }, SECRET).replace(
        `start=${start}`,
        'start=0',
      ),
    ],
    [
      'with its expiry dropped',
      buildReaderUrl('http://h', { reportId: 'river', start, end, expiresAt: 5 }, SECRET).replace('expires=5&', ''),
    ],
    ['malformed', 'http://h/read?report=river&start=x&end=2&sig=abc'],
    ['without a signature', `http://h/read?report=river&start=${start}&end=${end}`],
  ])('refuses a link %s with 403, saying nothing of the report', (_, url) => {
    expect(handleReaderRequest(new URL(url), deps)).toEqual({
      status: 403,
      html: renderMessagePage('Link refused', READER_REFUSED_MESSAGE),
    });
  });

  it('refuses a signed link past its expiry with 403', () => {
    expect(request({ reportId: 'river', start, end, expiresAt: NOW / 1000 - 1 })).toEqual({
      status: 403,
      html: renderMessagePage('Link expired', READER_EXPIRED_MESSAGE),
    });
  });

  it.each([
    ['a report the corpus no longer holds', { reportId: 'gone', start: 0, end: 5, expiresAt: null }],
    ['a range past the end of the report', { reportId: 'river', start, end: end + 1, expiresAt: null }],
  ])('answers a signed link to %s with 404', (_, target) => {
    expect(request(target)).toEqual({ status: 404, html: renderMessagePage('Report not found', READER_GONE_MESSAGE) });
  });
});
