import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config/config.js';
import { buildIntakeDeps } from '../../../../src/slack/intake/build-intake-deps.js';

describe('buildIntakeDeps', () => {
  it('takes the corpus folder, the INTAKE_* settings, the bot token and the API host for file downloads', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:4000/api/',
      CORPUS_DIR: 'desk',
      INTAKE_ADDERS: 'U0EDITOR',
      INTAKE_FETCH_ALLOW: '127.0.0.1',
      INTAKE_MAX_BYTES: '4096',
      INTAKE_TIMEOUT_MS: '2000',
    });
    expect(buildIntakeDeps(config)).toEqual({
      corpusDir: 'desk',
      adders: ['U0EDITOR'],
      limits: { allow: ['127.0.0.1'], maxBytes: 4096, timeoutMs: 2000 },
      botToken: 'xoxb-1',
      fileHosts: ['127.0.0.1:4000'],
    });
  });

  it('sends the token to no extra host when the API is Slack’s own', () => {
    expect(buildIntakeDeps(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).fileHosts).toEqual([]);
  });
});
