import { z } from 'zod';

/** The log levels Verbatim writes, quietest last. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Variables whose values are secrets: never printed, never logged. */
export const SECRET_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'READER_SECRET',
] as const;

/** Where the corpus index cache is kept unless `CACHE_DIR` says otherwise: beside the digest's state. */
export const DEFAULT_CACHE_DIR = './data/cache';

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The environment Verbatim reads, keyed by variable name. An empty string counts as unset. Every
 * message names what is wrong without repeating the value, so a mistyped secret never reaches a log.
 * The output is grouped, camelCase and frozen; nothing outside `config/` sees variable names.
 */
export const ConfigSchema = z
  .object({
    SLACK_BOT_TOKEN: z
      .preprocess(emptyToUndefined, z.string({ error: 'missing: the bot token (xoxb-…) from OAuth & Permissions' }))
      .pipe(z.string().startsWith('xoxb-', { error: 'must be a bot token starting with "xoxb-"' })),
    SLACK_SIGNING_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
    SLACK_APP_TOKEN: z.preprocess(
      emptyToUndefined,
      z.string().startsWith('xapp-', { error: 'must be an app-level token starting with "xapp-"' }).optional(),
    ),
    SLACK_API_URL: z.preprocess(
      emptyToUndefined,
      z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
    ),
    PORT: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: 'must be a whole number from 0 to 65535' })
        .int({ error: 'must be a whole number from 0 to 65535' })
        .min(0, { error: 'must be a whole number from 0 to 65535' })
        .max(65535, { error: 'must be a whole number from 0 to 65535' })
        .default(3000),
    ),
    HOST: z.preprocess(emptyToUndefined, z.string().optional()),
    CORPUS_DIR: z.preprocess(emptyToUndefined, z.string().default('seeds')),
    CACHE_DIR: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_CACHE_DIR)),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    ),
    DIGEST_CHANNELS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default('')
        .transform((value) =>
          value
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== ''),
        )
        .pipe(
          z.array(
            z.string().regex(CHANNEL_ID, { error: 'must be channel ids such as C0123ABCD, separated by commas' }),
          ),
        ),
    ),
    DIGEST_TIME: z.preprocess(
      emptyToUndefined,
      z.string().regex(TIME_OF_DAY, { error: 'must be a 24-hour time HH:MM, such as 08:30' }).default('09:00'),
    ),
    DIGEST_TZ: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(isTimeZone, { error: 'must be an IANA time zone, such as Europe/Berlin or UTC' })
        .default('UTC'),
    ),
    DIGEST_EMPTY: z.preprocess(
      emptyToUndefined,
      z.enum(['post', 'skip'], { error: 'must be post or skip' }).default('skip'),
    ),
    STATE_DIR: z.preprocess(emptyToUndefined, z.string().default('./data/state')),
    INTAKE_ADDERS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default('everyone')
        .transform((value) => (value.trim() === 'everyone' ? ['everyone'] : splitList(value)))
        .pipe(
          z.array(
            z.string().regex(/^(everyone|[UWCGD][A-Z0-9]{2,})$/u, {
              error: 'must be everyone, or user and channel ids such as U0123ABCD,C0123ABCD, separated by commas',
            }),
          ),
        ),
    ),
    INTAKE_FETCH_ALLOW: z.preprocess(emptyToUndefined, z.string().default('').transform(splitList)),
    INTAKE_MAX_BYTES: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: 'must be a whole number of bytes, at least 1024' })
        .int({ error: 'must be a whole number of bytes, at least 1024' })
        .min(1024, { error: 'must be a whole number of bytes, at least 1024' })
        .default(5 * 1024 * 1024),
    ),
    INTAKE_TIMEOUT_MS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: 'must be a whole number of milliseconds, at least 100' })
        .int({ error: 'must be a whole number of milliseconds, at least 100' })
        .min(100, { error: 'must be a whole number of milliseconds, at least 100' })
        .default(15_000),
    ),
    PUBLIC_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an http or https URL, such as https://verbatim.example.org' })
        .optional(),
    ),
    READER_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().min(32, { error: 'must be at least 32 characters (for example: openssl rand -hex 32)' }).optional(),
    ),
  })
  .superRefine(
    (env, context) => {
      // Rule: the HTTP transport verifies every request with the signing secret; Socket Mode does not need it.
      // Rule: reader links are signed; without a secret of its own the reader stays off (docs/reader.md).
      if (!isBlank(env.PUBLIC_URL) && isBlank(env.READER_SECRET)) {
        context.addIssue({
          code: 'custom',
          path: ['READER_SECRET'],
          message:
            'missing: PUBLIC_URL turns the reader on, and its links are signed with this secret (openssl rand -hex 32)',
        });
      }
      if (isBlank(env.SLACK_APP_TOKEN) && isBlank(env.SLACK_SIGNING_SECRET)) {
        context.addIssue({
          code: 'custom',
          path: ['SLACK_SIGNING_SECRET'],
          message: 'missing: the signing secret from Basic Information (or set SLACK_APP_TOKEN for Socket Mode)',
        });
      }
    },
    // Run even when other variables are missing, so every problem is reported at once.
    { when: () => true },
  )
  .transform((env) =>
    deepFreeze({
      slack: {
        botToken: env.SLACK_BOT_TOKEN,
        signingSecret: env.SLACK_SIGNING_SECRET ?? null,
        appToken: env.SLACK_APP_TOKEN ?? null,
        apiUrl: env.SLACK_API_URL === undefined ? null : withTrailingSlash(env.SLACK_API_URL),
      },
      server: { port: env.PORT, host: env.HOST ?? null },
      corpus: { dir: env.CORPUS_DIR, cacheDir: env.CACHE_DIR },
      log: { level: env.LOG_LEVEL },
      digest: {
        channelIds: env.DIGEST_CHANNELS,
        time: env.DIGEST_TIME,
        timeZone: env.DIGEST_TZ,
        onEmptyDay: env.DIGEST_EMPTY,
        stateDir: env.STATE_DIR,
      },
      intake: {
        adders: env.INTAKE_ADDERS.includes('everyone') ? ('everyone' as const) : env.INTAKE_ADDERS,
        fetchAllow: env.INTAKE_FETCH_ALLOW,
        maxBytes: env.INTAKE_MAX_BYTES,
        timeoutMs: env.INTAKE_TIMEOUT_MS,
      },
      reader:
        env.PUBLIC_URL === undefined || env.READER_SECRET === undefined
          ? null
          : { publicUrl: env.PUBLIC_URL.replace(/\/+$/, ''), secret: env.READER_SECRET },
    }),
  );

/** Verbatim's configuration: read once at start, passed down explicitly. */
export type Config = z.infer<typeof ConfigSchema>;

/** One problem with one variable. `message` never contains the variable's value. */
export type ConfigIssue = { readonly variable: string; readonly message: string };

/** Thrown by `loadConfig` with every problem in the environment at once. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super(`Cannot read the configuration: ${issues.map((issue) => `${issue.variable} ${issue.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/**
 * Validates the environment and returns the frozen config. Pure: pass `process.env` or a literal.
 *
 * @throws {ConfigError} listing every problem, one per variable; values are never echoed.
 * @example
 * const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-…', SLACK_APP_TOKEN: 'xapp-…' });
 * config.server.port; // 3000
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    variable: String(issue.path[0] ?? '(environment)'),
    message: issue.message,
  }));
  const unique = issues.filter(
    (issue, i) =>
      issues.findIndex((other) => other.variable === issue.variable && other.message === issue.message) === i,
  );
  throw new ConfigError(unique);
}

function emptyToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (error: unknown) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T extends object>(value: T): DeepReadonly<T> {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value) as DeepReadonly<T>;
}

/** A comma-separated list, each item trimmed, empty items left out. */
function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
