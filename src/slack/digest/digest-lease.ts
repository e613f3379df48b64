import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { DigestLogger } from './post-digest.js';

/** A held lease on one channel's digest; `release` gives it up (only if it is still this holder's). */
export type DigestLease = {
  readonly owner: string;
  readonly expiresAt: number;
  release(): Promise<void>;
};

export type AcquireDigestLeaseOptions = {
  /** Who asks: unique among the processes sharing the state folder (`host:pid` in production). */
  readonly owner: string;
  /** Epoch milliseconds. */
  readonly clock: () => number;
  /** How long a lease holds; longer than the longest delivery (timeouts and waits included). */
  readonly ttlMs: number;
  readonly logger: DigestLogger;
};

/** The lease file: who holds it and until when (epoch milliseconds). */
const LeaseSchema = z.strictObject({ owner: z.string(), acquiredAt: z.number(), expiresAt: z.number() });
type LeaseFile = z.infer<typeof LeaseSchema>;

/**
 * Takes the lease on a channel's digest before posting it, so two processes sharing a state
 * folder never post the same day's digest both: the lease file `digest-<channel>.lease` is
 * created with `wx` (exclusive: of two processes, exactly one creates it) and names its owner and
 * its expiry. Returns null when another owner holds a lease that has not expired. Creates the
 * folder when it is missing.
 *
 * Rule 1: a lease is stale once its expiry has passed, or when it claims to start more than one
 * lease length in the future (the clock was set back); a file that cannot be read is stale only
 * once it is older than a lease length (its writer may still be writing it).
 * Rule 2: a stale lease is taken over under a second exclusive file, `<lease>.takeover`: only its
 * creator may remove the stale lease, and only if the file still holds what was read as stale, so
 * two processes taking over at once cannot each remove the other's fresh lease.
 *
 * @example
 * const lease = await acquireDigestLease(stateDir, 'C0123ABCD', { owner, clock: Date.now, ttlMs, logger });
 * if (lease !== null) try { ... } finally { await lease.release(); }
 */
export async function acquireDigestLease(
  dir: string,
  channel: string,
  options: AcquireDigestLeaseOptions,
): Promise<DigestLease | null> {
  const file = leaseFile(dir, channel);
  await mkdir(dir, { recursive: true });
  const created = await createLease(file, options);
  if (created !== null) return created;
  const held = await readLease(file);
  if (held === 'missing') return createLease(file, options);
  if (!(await isStale(file, held, options))) {
    if (held !== 'unreadable') {
      options.logger.info(
        `The digest of channel "${channel}" is being posted by ${held.owner} (lease until ${new Date(held.expiresAt).toISOString()})`,
      );
    }
    return null;
  }
  return takeOver(file, channel, held, options);
}

async function createLease(file: string, options: AcquireDigestLeaseOptions): Promise<DigestLease | null> {
  const now = options.clock();
  const lease: LeaseFile = { owner: options.owner, acquiredAt: now, expiresAt: now + options.ttlMs };
  const text = JSON.stringify(lease);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'wx');
  } catch (error: unknown) {
    if (isErrorCode(error, 'EEXIST')) return null;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return {
    owner: lease.owner,
    expiresAt: lease.expiresAt,
    release: async () => {
      // Rule 3: only this holder's own lease is removed; a lease taken over after this one expired is left alone.
      if ((await readFile(file, 'utf8').catch(() => '')) === text) await unlink(file).catch(ignoreMissing);
    },
  };
}

async function takeOver(
  file: string,
  channel: string,
  stale: LeaseFile | 'unreadable',
  options: AcquireDigestLeaseOptions,
): Promise<DigestLease | null> {
  const guard = `${file}.takeover`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(guard, 'wx');
  } catch (error: unknown) {
    if (!isErrorCode(error, 'EEXIST')) throw error;
    // A takeover file outlives its creator only if that process died in the few steps below.
    if (await isOlderThan(guard, options)) await unlink(guard).catch(ignoreMissing);
    return null;
  }
  await handle.close();
  try {
    const current = await readLease(file);
    if (current !== 'missing' && !isSameLease(current, stale)) return null;
    // An unreadable file is checked for age again: a fresh lease being written reads as unreadable too.
    if (current === 'unreadable' && !(await isOlderThan(file, options))) return null;
    if (current !== 'missing') await unlink(file).catch(ignoreMissing);
    const taken = await createLease(file, options);
    if (taken !== null) {
      const previous = stale === 'unreadable' ? 'an unreadable lease' : `the lease of ${stale.owner}`;
      options.logger.warn(`Took over ${previous} on the digest of channel "${channel}": it had expired`);
    }
    return taken;
  } finally {
    await unlink(guard).catch(ignoreMissing);
  }
}

async function isStale(file: string, lease: LeaseFile | 'unreadable', options: AcquireDigestLeaseOptions) {
  if (lease === 'unreadable') return isOlderThan(file, options);
  const now = options.clock();
  return now >= lease.expiresAt || lease.acquiredAt > now + options.ttlMs;
}

async function isOlderThan(file: string, options: AcquireDigestLeaseOptions): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return info === null || options.clock() - info.mtimeMs >= options.ttlMs;
}

async function readLease(file: string): Promise<LeaseFile | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    if (isErrorCode(error, 'ENOENT')) return 'missing';
    throw error;
  }
  try {
    const parsed = LeaseSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function isSameLease(a: LeaseFile | 'unreadable', b: LeaseFile | 'unreadable'): boolean {
  if (a === 'unreadable' || b === 'unreadable') return a === b;
  return a.owner === b.owner && a.acquiredAt === b.acquiredAt && a.expiresAt === b.expiresAt;
}

function leaseFile(dir: string, channel: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(channel)) throw new RangeError(`Cannot lease the digest of channel "${channel}"`);
  return join(dir, `digest-${channel}.lease`);
}

function ignoreMissing(error: unknown): void {
  if (!isErrorCode(error, 'ENOENT')) throw error;
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
