import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/slack/slack-ids.js';
import { buildButtonClick } from '../support/click-slack-button.js';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { createManualClock } from '../support/manual-clock.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { createTestBot, type TestBot } from '../support/start-test-bot.js';

const PUBLIC_URL = 'https://verbatim.test/desk';
const READER_SECRET = 'reader-secret-for-tests-0123456789abcdef';
/** A link in mrkdwn that points at the reader: `<https://verbatim.test/desk/read?…|label>`. */
const READER_LINK = /<https:\/\/verbatim\.test\/desk(\/read\?[^|<>]+)\|([^<>]+)>/g;
/** A citation's `file:start-end`, linked or not. */
const CITATION_SPAN = /[\w-]+\.txt:\d+-\d+/g;

let app: TestApp | null = null;
let stateRoot: string | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
  if (stateRoot !== null) await rm(stateRoot, { recursive: true, force: true });
  stateRoot = null;
});

async function startReaderBot(transport: 'http' | 'socket-mode', env: Record<string, string> = {}): Promise<TestApp> {
  stateRoot = await mkdtemp(join(tmpdir(), 'verbatim-reader-'));
  return startTestApp({
    transport,
    bot: {
      clock: createManualClock(Date.UTC(2025, 0, 20, 12)),
      env: {
        PUBLIC_URL,
        READER_SECRET,
        STATE_DIR: join(stateRoot, 'state'),
        CACHE_DIR: join(stateRoot, 'cache'),
        ...env,
      },
    },
  });
}

/** The reader links in mrkdwn text, `&amp;` undone, as paths on the bot's own server. */
function readerLinks(text: string): { readonly path: string; readonly label: string }[] {
  return [...text.matchAll(READER_LINK)].map((match) => ({
    path: (match[1] ?? '').replace(/&amp;/g, '&'),
    label: match[2] ?? '',
  }));
}

function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Follows a reader link over HTTP and checks that the page highlights exactly the cited range. */
async function expectHighlighted(running: TestApp, link: { readonly path: string; readonly label: string }) {
  const [file, span] = link.label.split(':');
  const [start, end] = (span ?? '').split('-').map(Number);
  const report = running.index.reports.find((candidate) => candidate.file === file);
  expect(report).toBeDefined();
  const response = await fetch(`http://127.0.0.1:${running.port}${link.path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  const html = await response.text();
  const marks = [...html.matchAll(/<mark( id="([^"]+)")?>([^<]*)<\/mark>/g)];
  expect(marks.map((mark) => mark[2] ?? null)).toEqual([`s${start}-${end}`]);
  expect(decodeHtml(marks[0]?.[3] ?? '')).toBe(report?.text.slice(start, end));
  expect(link.path.endsWith(`#s${start}-${end}`)).toBe(true);
}

describe.each(['http', 'socket-mode'] as const)('the reader beside Slack over %s', (transport) => {
  it('links every citation of a Slack answer to the reader, and the link opens the sentence highlighted', async () => {
    app = await startReaderBot(transport);
    const ack = await app.command('/casualties', 'killed');
    expect(ack.status).toBe(200);
    const blocks = (ack.body as { blocks: unknown[] }).blocks;
    // The first screen is the claims table: each claim's report title links to the reader (issue 16).
    const titleLinks = readerLinks(collectBlockText(blocks));
    expect(titleLinks.length).toBeGreaterThan(0);
    // The excerpts, posted on request, cite each sentence at the same reader link.
    const where = { blocks, channel: 'C0GENERAL', isEphemeral: true, responseUrl: app.fake.responseUrl('excerpts') };
    await app.interaction(buildButtonClick(where, ACTION_IDS.showExcerpts));
    const excerpts = await app.fake.waitForCall('response_url');
    const text = collectBlockText(excerpts.body['blocks'] as unknown[]);
    const links = readerLinks(text);
    const spans = text.match(CITATION_SPAN) ?? [];
    expect(spans.length).toBeGreaterThan(0);
    // Every `file:start-end` in the excerpts is the label of a reader link: none is left unlinked.
    const isSpan = (label: string) => /^[\w-]+\.txt:\d+-\d+$/.test(label);
    const spanLinks = links.filter((link) => isSpan(link.label));
    expect(spanLinks.map((link) => link.label)).toEqual(spans);
    for (const link of spanLinks) await expectHighlighted(app, link);
    for (const link of titleLinks) expect(spanLinks.map((spanLink) => spanLink.path)).toContain(link.path);
    // The report's own URL is shown beside its citation.
    expect(text).toContain('<https://ledger.example.org/river-losses|https://ledger.example.org/river-losses>');
  });

  it('refuses a link whose offsets were changed, and one signed with another secret, with 403', async () => {
    app = await startReaderBot(transport);
    const ack = await app.command('/reports', 'gristmill');
    const [link] = readerLinks(collectBlockText((ack.body as { blocks: unknown[] }).blocks));
    expect(link).toBeDefined();
    const path = link?.path ?? '';
    const tampered = path.replace(/start=(\d+)/, (_, start: string) => `start=${Number(start) - 1}`);
    expect(tampered).not.toBe(path);
    for (const bad of [
      tampered,
      path.replace(/sig=[^&#]+/, 'sig=AAAA'),
      '/read?report=alpha-river-losses&start=0&end=9',
    ]) {
      const response = await fetch(`http://127.0.0.1:${app.port}${bad}`);
      expect(response.status).toBe(403);
      const html = await response.text();
      expect(html).toContain('<h1>Link refused</h1>');
      expect(html).not.toContain('<mark');
    }
  });
});

describe('the reader with the App Home', () => {
  it('links the Home tab citations to the reader', async () => {
    app = await startReaderBot('http');
    await app.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0ASKER', tab: 'home', event_ts: '1.0' });
    const publish = await app.fake.waitForCall('views.publish');
    type Section = { type: string; text?: { text: string }; accessory?: { options: { value: string }[] } };
    const claims = (publish.body['view'] as { blocks: Section[] }).blocks.filter((block) =>
      block.text?.text.startsWith('• *'),
    );
    expect(claims.length).toBeGreaterThan(0);
    // Each claim line links its report's title to the reader at the sentence its citation menu names.
    for (const claim of claims) {
      const [link] = readerLinks(claim.text?.text ?? '');
      const [, start, end, file] = /^c:(\d+)-(\d+):(.+)$/.exec(claim.accessory?.options[0]?.value ?? '') ?? [];
      if (link === undefined) throw new Error(`No reader link in ${claim.text?.text}`);
      await expectHighlighted(app, { path: link.path, label: `${file}:${start}-${end}` });
    }
  });
});

describe('the reader with the digest', () => {
  let bot: TestBot | null = null;
  afterEach(async () => {
    await bot?.close();
    bot = null;
  });

  it('links every citation of the posted digest to the reader', async () => {
    bot = await createTestBot({ start: Date.parse('2025-03-10T08:00:00+09:00'), env: { PUBLIC_URL, READER_SECRET } });
    const running = await bot.start();
    await bot.clock.advanceTo(Date.parse('2025-03-10T09:00:00+09:00'));
    const text = bot
      .posts()
      .map((call) => collectBlockText(call.body['blocks'] as unknown[]))
      .join('\n');
    const links = readerLinks(text);
    expect(links.length).toBeGreaterThan(0);
    expect(links.map((link) => link.label)).toEqual(text.match(CITATION_SPAN));
    for (const link of links) await expectHighlighted(running, link);
  });
});

describe('without PUBLIC_URL', () => {
  it('serves no reader and links nothing', async () => {
    stateRoot = await mkdtemp(join(tmpdir(), 'verbatim-reader-'));
    app = await startTestApp({
      transport: 'http',
      bot: {
        clock: createManualClock(Date.UTC(2025, 0, 20, 12)),
        env: { STATE_DIR: join(stateRoot, 'state'), CACHE_DIR: join(stateRoot, 'cache') },
      },
    });
    const ack = await app.command('/reports', 'gristmill');
    expect(JSON.stringify(ack.body)).not.toContain('/read?');
    const response = await fetch(`http://127.0.0.1:${app.port}/read?report=alpha-river-losses&start=0&end=9&sig=x`);
    expect(response.status).toBe(404);
  });
});
