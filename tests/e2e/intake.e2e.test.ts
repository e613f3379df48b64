import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTestPdf } from '../support/build-test-pdf.js';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { FAKE_FILE_TOKEN } from '../support/fake-slack-api.js';
import { type PageServer, startPageServer } from '../support/start-page-server.js';
import type { TestApp } from '../support/start-test-app.js';
import { createTestBot, type TestBot } from '../support/start-test-bot.js';

// Servers, files and PDF.js on a busy shared machine: generous limits, so only a real hang fails.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ARTICLE = await readFile(new URL('../fixtures/intake/harbour-strike.html', import.meta.url), 'utf8');
const CHANGED_ARTICLE = ARTICLE.replace('Talks between the union', 'Late on Tuesday, talks between the union');
const BRIEFING_PDF = buildTestPdf({
  title: 'Port Authority Briefing',
  creationDate: 'D:20241106090000Z',
  lines: [
    'The port authority said 9 ships had left the anchorage by Wednesday noon.',
    'Night crews cleared 310 containers from the north quay.',
    '',
    'The authority said it expected normal traffic by the weekend.',
  ],
});
const MAX_BYTES = 20_000;

let bot: TestBot | null = null;
let pages: PageServer | null = null;
afterEach(async () => {
  await bot?.close();
  await pages?.close();
  bot = null;
  pages = null;
});

async function startIntakeBot(
  env: Readonly<Record<string, string>> = {},
  transport: 'http' | 'socket-mode' = 'http',
): Promise<{ app: TestApp; bot: TestBot; pages: PageServer }> {
  pages = await startPageServer({
    '/news/strike': { contentType: 'text/html; charset=utf-8', body: ARTICLE },
    '/moved': { status: 301, headers: { location: '/news/strike' } },
    '/big': { contentType: 'text/html', body: `<html><body><p>${'word '.repeat(MAX_BYTES)}</p></body></html>` },
    '/logo.png': { contentType: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    '/briefing.pdf': { contentType: 'application/pdf', body: BRIEFING_PDF },
  });
  bot = await createTestBot({
    transport,
    start: Date.parse('2024-11-06T08:00:00Z'),
    env: { DIGEST_CHANNELS: '', INTAKE_FETCH_ALLOW: '127.0.0.1', INTAKE_MAX_BYTES: String(MAX_BYTES), ...env },
  });
  return { app: await bot.start(), bot, pages };
}

async function lastResponse(app: TestApp, count: number): Promise<string> {
  const call = await app.fake.waitForCall('response_url', count);
  expect(call.body['response_type']).toBe('ephemeral');
  return collectBlockText(call.body['blocks'] as unknown[]);
}

const ADDED_FILE = 'added/dock-workers-strike-at-northport-harbour.html.txt';
const ADDED_REPLY = [
  'Added “Dock workers strike at Northport harbour” (Harbour Gazette, 2024-11-05).',
  `4 sentences and 0 figures, in ${ADDED_FILE}.`,
].join('\n');

const PDF_REPLY = [
  'Added “Port Authority Briefing” (outlet not given, 2024-11-06).',
  '3 sentences and 0 figures, in added/port-authority-briefing.pdf.txt.',
].join('\n');

/** A message shortcut "Add to Verbatim" payload, as Slack sends it, on a message in #general. */
function shortcut(message: Record<string, unknown>, responseUrl: string, user = 'U0ASKER') {
  return {
    type: 'message_action',
    callback_id: 'verbatim_add_report',
    trigger_id: 'trigger-shortcut',
    action_ts: '1700000300.000100',
    team: { id: 'T0TEAM', domain: 'verbatim-test' },
    user: { id: user, name: 'asker', team_id: 'T0TEAM' },
    channel: { id: 'C0GENERAL', name: 'general' },
    message_ts: '1700000250.000100',
    message: { type: 'message', user: 'U0OTHER', ts: '1700000250.000100', ...message },
    response_url: responseUrl,
    token: 'verification-token-unused',
  };
}

/** Waits until `/sources` lists the title: the watcher has indexed the added report. */
async function waitForSource(app: TestApp, title: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const text = collectBlockText(((await app.command('/sources', '')).body as { blocks: unknown[] }).blocks);
      expect(text).toContain(title);
      return text;
    },
    { timeout: 20_000, interval: 100 },
  );
}

describe('/verbatim add <url>', () => {
  it('adds the page beside its converted text, answers privately with what was added, and the watcher indexes it', async () => {
    const { app, bot, pages } = await startIntakeBot();
    const ack = await app.command('/verbatim', `add ${pages.url}/moved`);
    expect(ack).toEqual({ status: 200, body: {} });
    expect(await lastResponse(app, 1)).toBe(ADDED_REPLY);
    expect(pages.requests).toEqual(['/moved', '/news/strike']);
    expect(await readFile(join(bot.corpusDir, 'added/dock-workers-strike-at-northport-harbour.html'), 'utf8')).toBe(
      ARTICLE,
    );
    const text = await readFile(join(bot.corpusDir, ADDED_FILE), 'utf8');
    expect(text.split('\n---\n')[0]?.split('\n').slice(0, 7)).toEqual([
      '---',
      'title: Dock workers strike at Northport harbour',
      'date: 2024-11-05',
      'outlet: Harbour Gazette',
      'url: https://gazette.example/news/northport-strike?ref=canonical',
      'byline: Mira Okafor',
      'original: dock-workers-strike-at-northport-harbour.html',
    ]);
    const sources = await waitForSource(app, 'Dock workers strike at Northport harbour');
    expect(sources).toContain('Harbour Gazette');
    const reports = collectBlockText(
      ((await app.command('/reports', 'breakwater')).body as { blocks: unknown[] }).blocks,
    );
    expect(reports).toContain(ADDED_FILE);
  });

  it('says the article is already there, and where, when it is added again; a changed page is a new version beside it', async () => {
    const { app, bot, pages } = await startIntakeBot();
    await app.command('/verbatim', `add ${pages.url}/news/strike`);
    expect(await lastResponse(app, 1)).toBe(ADDED_REPLY);
    await app.command('/verbatim', `add <${pages.url}/news/strike>`);
    expect(await lastResponse(app, 2)).toBe(
      `Already there: “Dock workers strike at Northport harbour” (Harbour Gazette, 2024-11-05), in ${ADDED_FILE}.`,
    );
    pages.pages.set('/news/strike', { contentType: 'text/html', body: CHANGED_ARTICLE });
    await app.command('/verbatim', `add ${pages.url}/news/strike`);
    expect(await lastResponse(app, 3)).toBe(
      [
        'Added “Dock workers strike at Northport harbour” (Harbour Gazette, 2024-11-05).',
        '4 sentences and 0 figures, in added/dock-workers-strike-at-northport-harbour-v2.html.txt.',
        `A new version beside ${ADDED_FILE}.`,
      ].join('\n'),
    );
    expect(await readFile(join(bot.corpusDir, ADDED_FILE), 'utf8')).not.toContain('Late on Tuesday');
    expect(
      await readFile(join(bot.corpusDir, 'added/dock-workers-strike-at-northport-harbour-v2.html.txt'), 'utf8'),
    ).toContain('Late on Tuesday, talks between the union');
  });

  it('adds a PDF by its address, with its title and date', async () => {
    const { app, pages } = await startIntakeBot();
    await app.command('/verbatim', `add ${pages.url}/briefing.pdf`);
    expect(await lastResponse(app, 1)).toBe(PDF_REPLY);
  });

  it.each([
    [
      'a private address',
      () => 'http://169.254.169.254/latest/meta-data',
      'it points to a private or local address (169.254.169.254)',
    ],
    ['an oversized page', (url: string) => `${url}/big`, 'it is larger than the limit of 20,000 bytes'],
    [
      'a non-article content type',
      (url: string) => `${url}/logo.png`,
      'it is not a web page or a PDF (content type image/png)',
    ],
    ['a missing page', (url: string) => `${url}/gone`, 'the server answered 404'],
    [
      'another scheme',
      () => 'ftp://files.example/report.html',
      'only http and https addresses can be fetched, not ftp',
    ],
  ])('refuses %s and says why, writing nothing', async (_name, address, reason) => {
    const { app, bot, pages } = await startIntakeBot();
    const url = address(pages.url);
    await app.command('/verbatim', `add ${url}`);
    expect(await lastResponse(app, 1)).toBe(`Could not add ${url}: ${reason}.`);
    await expect(readFile(join(bot.corpusDir, 'added'))).rejects.toThrow();
  });

  it('refuses a host name that resolves to a loopback address unless the allow-list names it', async () => {
    const { app, pages } = await startIntakeBot({ INTAKE_FETCH_ALLOW: '' });
    const url = `${pages.url.replace('127.0.0.1', 'localhost')}/news/strike`;
    await app.command('/verbatim', `add ${url}`);
    expect(await lastResponse(app, 1)).toMatch(
      new RegExp(
        `^Could not add ${url.replace(/[.?/]/g, '\\$&')}: it points to a private or local address \\((127\\.0\\.0\\.1|::1)\\)\\.$`,
      ),
    );
    expect(pages.requests).toEqual([]);
  });

  it('tells a person who may not add so, and fetches nothing', async () => {
    const { app, pages } = await startIntakeBot({ INTAKE_ADDERS: 'U0EDITOR,C0DESK' });
    await app.command('/verbatim', `add ${pages.url}/news/strike`);
    expect(await lastResponse(app, 1)).toBe('You are not on the list of people who may add reports to Verbatim.');
    expect(pages.requests).toEqual([]);
  });

  it('answers add without an address with how to use it', async () => {
    const { app } = await startIntakeBot();
    await app.command('/verbatim', 'add');
    expect(await lastResponse(app, 1)).toBe(
      'To add a report, write add and its address, for example: /verbatim add https://example.com/news/story',
    );
  });
});

describe('add in a mention or a direct message', () => {
  it('answers a mention privately to the person who asked, in the thread', async () => {
    const { app, pages } = await startIntakeBot();
    await app.event({
      type: 'app_mention',
      user: 'U0ASKER',
      channel: 'C0GENERAL',
      ts: '1700000100.000100',
      text: `<@U0VERBATIM> add <${pages.url}/news/strike>`,
    });
    const call = await app.fake.waitForCall('chat.postEphemeral');
    expect(call.body).toMatchObject({ channel: 'C0GENERAL', user: 'U0ASKER', thread_ts: '1700000100.000100' });
    expect(collectBlockText(call.body['blocks'] as unknown[])).toBe(ADDED_REPLY);
  });

  it('adds a PDF shared in a direct message, downloaded with the bot token', async () => {
    const { app, bot } = await startIntakeBot();
    bot.fake.addFile({ id: 'F0BRIEF', name: 'briefing.pdf', mimetype: 'application/pdf', bytes: BRIEFING_PDF });
    await app.event({
      type: 'message',
      subtype: 'file_share',
      channel_type: 'im',
      channel: 'D0ASKER',
      user: 'U0ASKER',
      ts: '1700000200.000100',
      text: '',
      files: [{ id: 'F0BRIEF', name: 'briefing.pdf' }],
    });
    const call = await app.fake.waitForCall('chat.postMessage');
    expect(call.body['channel']).toBe('D0ASKER');
    expect(collectBlockText(call.body['blocks'] as unknown[])).toBe(PDF_REPLY);
    expect(bot.fake.callsTo('files.info').map((c) => c.body['file'])).toEqual(['F0BRIEF']);
    expect(bot.fake.downloads).toEqual([{ path: '/files/F0BRIEF/briefing.pdf', authorization: FAKE_FILE_TOKEN }]);
    expect(await readFile(join(bot.corpusDir, 'added/port-authority-briefing.pdf'))).toEqual(Buffer.from(BRIEFING_PDF));
  });
});

describe('files shared in a direct message that are not reports', () => {
  it('refuses an image by its type without downloading it, and reads a PDF served as octet-stream by its name', async () => {
    const { app, bot } = await startIntakeBot();
    bot.fake.addFile({ id: 'F0PHOTO', name: 'quay.png', mimetype: 'image/png', bytes: new Uint8Array([0x89, 0x50]) });
    bot.fake.addFile({
      id: 'F0BRIEF',
      name: 'briefing.pdf',
      mimetype: 'application/octet-stream',
      bytes: BRIEFING_PDF,
    });
    const share = (fileId: string, ts: string) =>
      app.event({
        type: 'message',
        subtype: 'file_share',
        channel_type: 'im',
        channel: 'D0ASKER',
        user: 'U0ASKER',
        ts,
        text: '',
        files: [{ id: fileId }],
      });
    await share('F0PHOTO', '1700000400.000100');
    const refused = await app.fake.waitForCall('chat.postMessage');
    expect(collectBlockText(refused.body['blocks'] as unknown[])).toBe(
      'Could not add the file: it is not a web page or a PDF.',
    );
    expect(bot.fake.downloads).toEqual([]);
    await share('F0BRIEF', '1700000500.000100');
    const added = await app.fake.waitForCall('chat.postMessage', 2);
    expect(collectBlockText(added.body['blocks'] as unknown[])).toBe(PDF_REPLY);
  });
});

describe('the "Add to Verbatim" message shortcut', () => {
  it('adds the link in a message', async () => {
    const { app, pages } = await startIntakeBot();
    const ack = await app.interaction(
      shortcut(
        { text: `Worth reading: <${pages.url}/news/strike|the strike story>` },
        app.fake.responseUrl('shortcut'),
      ),
    );
    expect(ack.status).toBe(200);
    expect(await lastResponse(app, 1)).toBe(ADDED_REPLY);
  });

  /** Shares the article page as a Slack file and runs the shortcut on the message it is attached to. */
  async function runShortcutOnSavedPage(app: TestApp, bot: TestBot): Promise<void> {
    bot.fake.addFile({
      id: 'F0PAGE',
      name: 'strike.html',
      mimetype: 'text/html',
      bytes: new TextEncoder().encode(ARTICLE),
    });
    await app.interaction(
      shortcut({ text: 'saved page', files: [{ id: 'F0PAGE' }] }, app.fake.responseUrl('shortcut')),
    );
  }

  it('adds the file attached to a message', async () => {
    const { app, bot } = await startIntakeBot();
    await runShortcutOnSavedPage(app, bot);
    expect(await lastResponse(app, 1)).toBe(ADDED_REPLY);
    expect(bot.fake.downloads.map((d) => d.authorization)).toEqual([FAKE_FILE_TOKEN]);
  });

  it('says when the message has nothing to add', async () => {
    const { app } = await startIntakeBot();
    await app.interaction(shortcut({ text: 'no link here' }, app.fake.responseUrl('shortcut')));
    expect(await lastResponse(app, 1)).toBe('That message has no link or file to add.');
  });

  it('tells a person who may not add so', async () => {
    const { app, bot } = await startIntakeBot({ INTAKE_ADDERS: 'U0EDITOR' });
    await runShortcutOnSavedPage(app, bot);
    expect(await lastResponse(app, 1)).toBe('You are not on the list of people who may add reports to Verbatim.');
    expect(bot.fake.downloads).toEqual([]);
  });
});

describe.each(['http', 'socket-mode'] as const)('adding over %s', (transport) => {
  it('adds by /verbatim add and by the shortcut, each answered privately', async () => {
    const { app, bot, pages } = await startIntakeBot({}, transport);
    const ack = await app.command('/verbatim', `add ${pages.url}/news/strike`);
    expect(ack.status).toBe(200);
    expect(await lastResponse(app, 1)).toBe(ADDED_REPLY);
    bot.fake.addFile({ id: 'F0BRIEF', name: 'briefing.pdf', mimetype: 'application/pdf', bytes: BRIEFING_PDF });
    await app.interaction(shortcut({ text: '', files: [{ id: 'F0BRIEF' }] }, app.fake.responseUrl('shortcut')));
    expect(await lastResponse(app, 2)).toBe(PDF_REPLY);
  });
});
