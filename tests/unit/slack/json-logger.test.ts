import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createBoltLogger, createJsonLogger, type LogRecord } from '../../../src/slack/json-logger.js';

describe('createJsonLogger', () => {
  it('writes one JSON line per record at or above its level', () => {
    const lines: string[] = [];
    const logger = createJsonLogger((line) => lines.push(line), 'info');
    logger.write({ level: 'debug', msg: 'hidden' });
    logger.write({ level: 'info', msg: 'request', latencyMs: 3 });
    logger.write({ level: 'error', msg: 'request failed', errorRef: 'ERR-00000000' });
    expect(lines).toEqual([
      '{"level":"info","msg":"request","latencyMs":3}',
      '{"level":"error","msg":"request failed","errorRef":"ERR-00000000"}',
    ]);
  });

  it('redacts any Slack token that reaches a record', () => {
    const lines: string[] = [];
    createJsonLogger((line) => lines.push(line), 'debug').write({
      level: 'warn',
      msg: 'oops xoxb-123-abc and xapp-1-A0-xyz and xoxp-9',
    });
    expect(lines).toEqual(['{"level":"warn","msg":"oops [redacted] and [redacted] and [redacted]"}']);
  });
});

describe('createBoltLogger', () => {
  it("writes Bolt's messages as records, with its level and name", () => {
    const records: LogRecord[] = [];
    const logger = createBoltLogger({ write: (record) => records.push(record) }, 'info');
    logger.setName('socket-mode');
    logger.debug('hidden');
    logger.warn('Failed to parse', new Error('bad body'), { status: 401 });
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('now shown');
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
    expect(records).toEqual([
      { level: 'warn', msg: 'Failed to parse Error: bad body {"status":401}', source: 'socket-mode' },
      { level: 'debug', msg: 'now shown', source: 'socket-mode' },
    ]);
  });
});
