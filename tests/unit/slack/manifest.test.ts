import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REGISTERED_COMMANDS, REGISTERED_EVENTS, REGISTERED_SHORTCUTS } from '../../../src/slack/register-listeners.js';

const ROOT = new URL('../../../', import.meta.url);
const SCHEMA_DIR = new URL('tests/fixtures/slack-manifest-schema/', ROOT);

function readJson(url: URL): Record<string, unknown> {
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

type Manifest = {
  features: {
    slash_commands: { command: string; description: string; usage_hint?: string }[];
    shortcuts: { callback_id: string; type: string }[];
  };
  settings: {
    event_subscriptions: { bot_events: string[] };
    socket_mode_enabled: boolean;
    interactivity: { is_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
};

const manifest = parse(readFileSync(new URL('manifest.yml', ROOT), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it("validates against Slack's published manifest schema", () => {
    // The entry schema refers to the versioned schemas by URL; register the local copies under
    // those URLs so no network is needed. Slack's own validator is lenient ("regex" keyword), so strict is off.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    for (const version of ['1.0.0', '2.0.0']) {
      ajv.addSchema(
        readJson(new URL(`schemas/manifest.schema.${version}.json`, SCHEMA_DIR)),
        `https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.${version}.json`,
      );
    }
    const validate = ajv.compile(readJson(new URL('manifest.schema.json', SCHEMA_DIR)));
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('lists exactly the slash commands the app registers', () => {
    expect(manifest.features.slash_commands.map((command) => command.command).sort()).toEqual(
      [...REGISTERED_COMMANDS].sort(),
    );
  });

  it('gives every command with arguments a usage hint', () => {
    const withoutHint = manifest.features.slash_commands.filter((command) => command.usage_hint === undefined);
    expect(withoutHint.map((command) => command.command)).toEqual(['/sources']);
  });

  it('subscribes to exactly the bot events the app registers', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...REGISTERED_EVENTS].sort());
  });

  it('enables Socket Mode and interactivity, with the minimal bot scopes', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'app_mentions:read',
      'im:history',
      'files:read',
      'reactions:write',
    ]);
  });

  it('declares exactly the message shortcuts the app registers', () => {
    expect(
      manifest.features.shortcuts.filter((shortcut) => shortcut.type === 'message').map((s) => s.callback_id),
    ).toEqual([...REGISTERED_SHORTCUTS]);
  });
});
