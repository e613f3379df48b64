import { type Logger, LogLevel } from '@slack/bolt';
import type { LogLevel as ConfigLogLevel } from '../config/config.js';

/** One structured log line. `msg` is a short fixed phrase; the other fields carry the values. */
export type LogRecord = { readonly level: ConfigLogLevel; readonly msg: string; readonly [field: string]: unknown };

/** Where Verbatim logs: one JSON record per call. Injected, so tests collect records and main writes stdout. */
export type JsonLogger = { readonly write: (record: LogRecord) => void };

const LEVEL_RANK: Readonly<Record<ConfigLogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };
/** Slack tokens (bot, user, app-level, refresh, config) wherever they might appear in a message. */
const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

/**
 * A logger that writes each record at or above `level` as one JSON line, with any Slack token
 * replaced by `[redacted]` as a last line of defence (Verbatim never logs one on purpose).
 */
export function createJsonLogger(output: (line: string) => void, level: ConfigLogLevel): JsonLogger {
  return {
    write(record) {
      if (LEVEL_RANK[record.level] < LEVEL_RANK[level]) return;
      output(JSON.stringify(record).replace(TOKEN, '[redacted]'));
    },
  };
}

/**
 * Bolt's logger interface over a JSON logger, so Bolt's, the Web API client's and Socket Mode's own
 * messages come out as JSON lines too (with `source: "bolt"`).
 */
export function createBoltLogger(logger: JsonLogger, level: ConfigLogLevel): Logger {
  let current = toBoltLevel(level);
  let name = 'bolt';
  const write = (at: ConfigLogLevel, parts: readonly unknown[]) => {
    if (LEVEL_RANK[at] < LEVEL_RANK[current]) return;
    logger.write({ level: at, msg: parts.map(describePart).join(' '), source: name });
  };
  return {
    debug: (...parts: unknown[]) => write('debug', parts),
    info: (...parts: unknown[]) => write('info', parts),
    warn: (...parts: unknown[]) => write('warn', parts),
    error: (...parts: unknown[]) => write('error', parts),
    setLevel: (next: LogLevel) => {
      current = next;
    },
    getLevel: () => toBoltLevel(current),
    setName: (next: string) => {
      name = next;
    },
  };
}

function toBoltLevel(level: ConfigLogLevel): LogLevel {
  switch (level) {
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    case 'error':
      return LogLevel.ERROR;
  }
}

function describePart(part: unknown): string {
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
