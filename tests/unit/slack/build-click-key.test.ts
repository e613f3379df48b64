import type { BlockAction, ButtonAction } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { buildClickKey } from '../../../src/slack/build-click-key.js';

const action = { type: 'button', action_id: 'verbatim_share', value: '{"q":"/sources","p":0}' } as ButtonAction;

function makeBody(overrides: Record<string, unknown>): BlockAction<ButtonAction> {
  return {
    user: { id: 'U1' },
    channel: { id: 'C1' },
    container: { type: 'message', message_ts: '1.1' },
    response_url: 'https://hooks.example/1',
    trigger_id: 't1',
    ...overrides,
  } as unknown as BlockAction<ButtonAction>;
}

describe('buildClickKey', () => {
  it('is the same for two clicks of one person on one button, whatever the trigger', () => {
    expect(buildClickKey(makeBody({}), action)).toBe(buildClickKey(makeBody({ trigger_id: 't2' }), action));
    expect(buildClickKey(makeBody({}), action)).toBe(
      '["U1","C1","1.1","verbatim_share","{\\"q\\":\\"/sources\\",\\"p\\":0}"]',
    );
  });

  it('differs by person, message, button and value; falls back to the response URL without a ts', () => {
    const key = buildClickKey(makeBody({}), action);
    expect(buildClickKey(makeBody({ user: { id: 'U2' } }), action)).not.toBe(key);
    expect(buildClickKey(makeBody({ container: { type: 'message', message_ts: '1.2' } }), action)).not.toBe(key);
    expect(buildClickKey(makeBody({}), { ...action, action_id: 'verbatim_show_excerpts' })).not.toBe(key);
    expect(buildClickKey(makeBody({ container: { type: 'message' } }), action)).toContain('https://hooks.example/1');
  });
});
