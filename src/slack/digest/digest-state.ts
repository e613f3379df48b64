import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { DigestLogger } from './post-digest.js';

/**
 * What Verbatim remembers about one channel's digest, in `STATE_DIR`. Plain JSON data.
 *
 * `inFlight` is written just before each attempt to post the channel message and cleared when
 * the attempt fails or the post is recorded: a state that still says `inFlight` for today after a
 * crash means the message may have been posted, so it is not posted again automatically.
 */
export type DigestState = {
  readonly channel: string;
  /** Local date (YYYY-MM-DD, digest time zone) of the last digest handled: posted, or skipped as empty. */
  readonly lastDate: string | null;
  /** When it was handled (ISO instant). */
  readonly lastAt: string | null;
  /** Slack timestamp of the last posted channel message, or null when that day was skipped. */
  readonly lastTs: string | null;
  /** What the last posted digest covered: the next digest reports what changed since. */
  readonly baseline: { readonly date: string; readonly reports: Readonly<Record<string, string>> } | null;
  readonly inFlight: { readonly date: string; readonly at: string } | null;
};

/** Thrown when neither the state file nor its previous copy can be read; the operator must remove them. */
export class DigestStateError extends Error {
  override name = 'DigestStateError';
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`Cannot read digest state "${file}": ${detail}; delete it and its ".prev" copy to start over`);
    this.file = file;
  }
}

const DigestStateSchema = z.strictObject({
  channel: z.string(),
  lastDate: z.string().nullable(),
  lastAt: z.string().nullable(),
  lastTs: z.string().nullable(),
  baseline: z.strictObject({ date: z.string(), reports: z.record(z.string(), z.string()) }).nullable(),
  inFlight: z.strictObject({ date: z.string(), at: z.string() }).nullable(),
});

const FORMAT_VERSION = 1;

/** The state of a channel that never had a digest. */
export function emptyDigestState(channel: string): DigestState {
  return { channel, lastDate: null, lastAt: null, lastTs: null, baseline: null, inFlight: null };
}

/**
 * Reads a channel's digest state. A file that is missing, half written or fails its checksum is
 * not trusted: the previous good copy (`.prev`) is used instead, and the recovery is logged.
 * No file at all is a channel's first digest.
 *
 * @throws {DigestStateError} when the file exists but neither it nor its previous copy is valid.
 */
export async function loadDigestState(
  dir: string,
  channel: string,
  options: { readonly logger: DigestLogger },
): Promise<DigestState> {
  const file = stateFile(dir, channel);
  const current = await readStateFile(file, channel);
  if (current.ok) return current.state;
  const previous = await readStateFile(`${file}.prev`, channel);
  if (previous.ok) {
    options.logger.warn(`Recovered the digest state of channel "${channel}" from its previous copy: ${current.reason}`);
    return previous.state;
  }
  if (current.reason === 'missing' && previous.reason === 'missing') return emptyDigestState(channel);
  throw new DigestStateError(file, `${current.reason}, and its previous copy is ${previous.reason}`);
}

/**
 * Writes a channel's digest state atomically: a temporary file is written and flushed, the
 * current good file becomes the previous copy, and the temporary file is renamed into place,
 * then the folder is flushed. A crash at any point leaves a valid current or previous copy.
 * Creates the folder when it is missing.
 */
export async function saveDigestState(dir: string, state: DigestState): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = stateFile(dir, state.channel);
  const body = { version: FORMAT_VERSION, state };
  const text = `${JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2)}\n`;
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  // Rule: only a valid file becomes the previous copy, so a torn file never replaces a good one.
  if ((await readStateFile(file, state.channel)).ok) await rename(file, `${file}.prev`);
  await rename(temporary, file);
  await syncFolder(dir);
}

type ReadResult = { readonly ok: true; readonly state: DigestState } | { readonly ok: false; readonly reason: string };

async function readStateFile(file: string, channel: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    if (isErrorCode(error, 'ENOENT')) return { ok: false, reason: 'missing' };
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON (a torn write)' };
  }
  const envelope = z
    .strictObject({ version: z.literal(FORMAT_VERSION), state: z.unknown(), checksum: z.string() })
    .safeParse(parsed);
  if (!envelope.success) return { ok: false, reason: 'not a digest state file' };
  const { version, state, checksum } = envelope.data;
  if (checksumOf({ version, state }) !== checksum) return { ok: false, reason: 'its checksum does not match' };
  const valid = DigestStateSchema.safeParse(state);
  if (!valid.success || valid.data.channel !== channel) return { ok: false, reason: 'not a state of this channel' };
  return { ok: true, state: valid.data };
}

function checksumOf(body: { readonly version: number; readonly state: unknown }): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

function stateFile(dir: string, channel: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(channel)) throw new RangeError(`Cannot keep digest state for channel "${channel}"`);
  return join(dir, `digest-${channel}.json`);
}

/** Flushes the folder entry of the rename; some platforms cannot open a folder for that. */
async function syncFolder(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error: unknown) {
    if (!isErrorCode(error, 'EISDIR') && !isErrorCode(error, 'EPERM') && !isErrorCode(error, 'EINVAL')) throw error;
  } finally {
    await handle?.close();
  }
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
