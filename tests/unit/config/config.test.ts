import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/config.js';

const SOCKET = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_APP_TOKEN: 'xapp-1-def' };
const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_SIGNING_SECRET: 'shh-secret' };
const READER_SECRET = 'a-reader-secret-of-forty-characters-0001';

function issuesOf(env: Record<string, string | undefined>): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error: unknown) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('groups and defaults everything for a Socket Mode bot', () => {
    expect(loadConfig(SOCKET)).toEqual({
      slack: { botToken: 'xoxb-1-abc', signingSecret: null, appToken: 'xapp-1-def', apiUrl: null },
      server: { port: 3000, host: null },
      corpus: { dir: 'seeds', cacheDir: './data/cache' },
      log: { level: 'info' },
      digest: { channelIds: [], time: '09:00', timeZone: 'UTC', onEmptyDay: 'skip', stateDir: './data/state' },
      intake: { adders: 'everyone', fetchAllow: [], maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000 },
      reader: null,
    });
  });

  it('reads every variable when set', () => {
    const config = loadConfig({
      ...HTTP,
      SLACK_API_URL: 'http://127.0.0.1:9000/api',
      PORT: '8080',
      HOST: '127.0.0.1',
      CORPUS_DIR: 'reports',
      CACHE_DIR: '/var/cache/verbatim',
      LOG_LEVEL: 'debug',
      DIGEST_CHANNELS: 'C0123ABCD, G0456EFGH',
      DIGEST_TIME: '07:45',
      DIGEST_TZ: 'Europe/Berlin',
      DIGEST_EMPTY: 'post',
      STATE_DIR: '/var/verbatim',
      INTAKE_ADDERS: 'U0EDITOR, C0DESK',
      INTAKE_FETCH_ALLOW: '127.0.0.1,intranet.example',
      INTAKE_MAX_BYTES: '2048',
      INTAKE_TIMEOUT_MS: '500',
      PUBLIC_URL: 'https://verbatim.example.org/desk/',
      READER_SECRET: READER_SECRET,
    });
    expect(config).toEqual({
      slack: {
        botToken: 'xoxb-1-abc',
        signingSecret: 'shh-secret',
        appToken: null,
        apiUrl: 'http://127.0.0.1:9000/api/',
      },
      server: { port: 8080, host: '127.0.0.1' },
      corpus: { dir: 'reports', cacheDir: '/var/cache/verbatim' },
      log: { level: 'debug' },
      digest: {
        channelIds: ['C0123ABCD', 'G0456EFGH'],
        time: '07:45',
        timeZone: 'Europe/Berlin',
        onEmptyDay: 'post',
        stateDir: '/var/verbatim',
      },
      intake: {
        adders: ['U0EDITOR', 'C0DESK'],
        fetchAllow: ['127.0.0.1', 'intranet.example'],
        maxBytes: 2048,
        timeoutMs: 500,
      },
      reader: { publicUrl: 'https://verbatim.example.org/desk', secret: READER_SECRET },
    });
  });

  it('needs READER_SECRET when PUBLIC_URL turns the reader on, and names it without its value', () => {
    expect(issuesOf({ ...SOCKET, PUBLIC_URL: 'https://verbatim.example.org' })).toEqual([
      {
        variable: 'READER_SECRET',
        message:
          'missing: PUBLIC_URL turns the reader on, and its links are signed with this secret (openssl rand -hex 32)',
      },
    ]);
    expect(issuesOf({ ...SOCKET, PUBLIC_URL: 'https://verbatim.example.org', READER_SECRET: 'short-secret' })).toEqual([
      { variable: 'READER_SECRET', message: 'must be at least 32 characters (for example: openssl rand -hex 32)' },
    ]);
    expect(issuesOf({ ...SOCKET, PUBLIC_URL: 'javascript:alert(1)', READER_SECRET })).toEqual([
      { variable: 'PUBLIC_URL', message: 'must be an http or https URL, such as https://verbatim.example.org' },
    ]);
  });

  it('leaves the reader off without PUBLIC_URL, even with a secret', () => {
    expect(loadConfig({ ...SOCKET, READER_SECRET }).reader).toBeNull();
  });

  it('rejects an adders list with something that is not a user or channel id', () => {
    expect(issuesOf({ ...SOCKET, INTAKE_ADDERS: 'U0EDITOR,alice' }).map((issue) => issue.variable)).toEqual([
      'INTAKE_ADDERS',
    ]);
  });

  it('returns a frozen config', () => {
    const config = loadConfig(SOCKET);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.slack)).toBe(true);
    expect(Object.isFrozen(config.digest.channelIds)).toBe(true);
  });

  it('treats an empty string as unset', () => {
    expect(loadConfig({ ...SOCKET, PORT: '', SLACK_API_URL: ' ', DIGEST_TZ: '' }).server.port).toBe(3000);
  });

  it('names every missing variable at once', () => {
    expect(issuesOf({}).map((issue) => issue.variable)).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
  });

  it('needs no signing secret in Socket Mode', () => {
    expect(issuesOf(SOCKET)).toEqual([]);
  });

  it.each([
    ['SLACK_BOT_TOKEN', 'xoxp-user-token', 'must be a bot token starting with "xoxb-"'],
    ['SLACK_APP_TOKEN', 'xoxb-wrong-kind', 'must be an app-level token starting with "xapp-"'],
    ['SLACK_API_URL', 'ftp://files.example', 'must be an http or https URL'],
    ['PORT', '70000', 'must be a whole number from 0 to 65535'],
    ['PORT', 'eighty', 'must be a whole number from 0 to 65535'],
    ['LOG_LEVEL', 'loud', 'must be one of debug, info, warn, error'],
    ['DIGEST_CHANNELS', 'C0123ABCD,general', 'must be channel ids such as C0123ABCD, separated by commas'],
    ['DIGEST_TIME', '24:00', 'must be a 24-hour time HH:MM, such as 08:30'],
    ['DIGEST_TZ', 'Mars/Olympus_Mons', 'must be an IANA time zone, such as Europe/Berlin or UTC'],
    ['DIGEST_EMPTY', 'maybe', 'must be post or skip'],
  ])('rejects %s=%s', (variable, value, message) => {
    expect(issuesOf({ ...HTTP, [variable]: value })).toEqual([{ variable, message }]);
  });

  it('never repeats a value in its messages', () => {
    const env = {
      SLACK_BOT_TOKEN: 'xoxp-TOPSECRET1',
      SLACK_APP_TOKEN: 'xoxb-TOPSECRET2',
      SLACK_SIGNING_SECRET: 'TOPSECRET3',
    };
    let message = '';
    try {
      loadConfig(env);
    } catch (error: unknown) {
      if (error instanceof ConfigError) message = `${error.message}${JSON.stringify(error.issues)}`;
    }
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).not.toContain('TOPSECRET');
  });
});
