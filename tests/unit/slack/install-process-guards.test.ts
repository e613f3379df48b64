import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessGuards } from '../../../src/slack/install-process-guards.js';
import type { LogRecord } from '../../../src/slack/json-logger.js';

function setup() {
  const target = new EventEmitter();
  const printed: unknown[] = [];
  target.on('warning', (warning: unknown) => printed.push(warning)); // stands in for Node's stderr printer
  const logs: LogRecord[] = [];
  const exits: number[] = [];
  installProcessGuards(target, { logger: { write: (record) => logs.push(record) }, exit: (code) => exits.push(code) });
  return { target, printed, logs, exits };
}

describe('installProcessGuards', () => {
  it('logs a process warning as one JSON record instead of the default stderr text', () => {
    const { target, printed, logs, exits } = setup();
    target.emit(
      'warning',
      Object.assign(new Error('Unresolved tag: !x'), { name: 'YAMLWarning', code: 'TAG_RESOLVE_FAILED' }),
    );
    expect(printed).toEqual([]);
    expect(logs).toEqual([
      {
        level: 'warn',
        msg: 'process warning',
        warning: { name: 'YAMLWarning', message: 'Unresolved tag: !x', code: 'TAG_RESOLVE_FAILED' },
      },
    ]);
    expect(exits).toEqual([]);
  });

  it('logs an unhandled rejection and keeps the process running', () => {
    const { target, logs, exits } = setup();
    target.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    expect(logs).toEqual([
      {
        level: 'error',
        msg: 'unhandled rejection, still serving',
        error: { name: 'TypeError', message: "Cannot read properties of null (reading 'ssl_check')" },
      },
    ]);
    expect(exits).toEqual([]);
  });

  it('logs an uncaught exception, then exits with code 1 for a supervisor to restart', () => {
    const { target, logs, exits } = setup();
    target.emit('uncaughtException', new RangeError('state torn'));
    expect(logs).toEqual([
      { level: 'error', msg: 'uncaught exception, exiting', error: { name: 'RangeError', message: 'state torn' } },
    ]);
    expect(exits).toEqual([1]);
  });

  it('turns console output into JSON records at the matching level', () => {
    const target = new EventEmitter();
    const logs: LogRecord[] = [];
    const printed: unknown[][] = [];
    const print = (...parts: unknown[]) => {
      printed.push(parts);
    };
    const output = { debug: print, info: print, log: print, warn: print, error: print };
    installProcessGuards(target, { logger: { write: (record) => logs.push(record) }, exit: () => {}, console: output });
    output.warn('[WARN]  web-api:WebClient:1 http request failed', 'other side closed');
    output.log('%d reports', 3);
    expect(printed).toEqual([]);
    expect(logs).toEqual([
      { level: 'warn', msg: '[WARN]  web-api:WebClient:1 http request failed other side closed', source: 'console' },
      { level: 'info', msg: '3 reports', source: 'console' },
    ]);
  });
});
