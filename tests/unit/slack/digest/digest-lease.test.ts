import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDigestLease } from '../../../../src/slack/digest/digest-lease.js';

const NOW = Date.parse('2024-12-24T09:00:00Z');
const TTL = 30 * 60_000;

let dir: string;
let lines: string[];

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'verbatim-lease-')), 'state');
  lines = [];
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

function options(owner: string, now = NOW) {
  return {
    owner,
    clock: () => now,
    ttlMs: TTL,
    logger: {
      info: (m: string) => lines.push(`info: ${m}`),
      warn: (m: string) => lines.push(`warn: ${m}`),
      error: (m: string) => lines.push(`error: ${m}`),
    },
  };
}

const leaseFile = () => join(dir, 'digest-C1.lease');

async function writeLease(owner: string, acquiredAt: number, expiresAt: number): Promise<void> {
  await acquireDigestLease(dir, 'C0SETUP', options('setup'));
  await writeFile(leaseFile(), JSON.stringify({ owner, acquiredAt, expiresAt }));
}

describe('acquireDigestLease', () => {
  it('creates the folder and the lease file naming its owner and expiry, and removes it on release', async () => {
    const lease = await acquireDigestLease(dir, 'C1', options('one'));
    expect(lease).toMatchObject({ owner: 'one', expiresAt: NOW + TTL });
    expect(JSON.parse(await readFile(leaseFile(), 'utf8'))).toEqual({
      owner: 'one',
      acquiredAt: NOW,
      expiresAt: NOW + TTL,
    });
    await lease?.release();
    expect(await readdir(dir)).not.toContain('digest-C1.lease');
  });

  it('gives exactly one of many simultaneous callers the lease', async () => {
    const owners = ['a', 'b', 'c', 'd', 'e', 'f'];
    const leases = await Promise.all(owners.map((owner) => acquireDigestLease(dir, 'C1', options(owner))));
    expect(leases.filter((lease) => lease !== null)).toHaveLength(1);
  });

  it('refuses a live lease of another owner and says who holds it until when', async () => {
    await writeLease('other', NOW - 60_000, NOW + 60_000);
    expect(await acquireDigestLease(dir, 'C1', options('one'))).toBeNull();
    expect(lines).toEqual([
      'info: The digest of channel "C1" is being posted by other (lease until 2024-12-24T09:01:00.000Z)',
    ]);
  });

  it.each([
    { name: 'has expired', acquiredAt: NOW - TTL - 1, expiresAt: NOW - 1 },
    {
      name: 'starts further ahead than a lease lasts (the clock was set back)',
      acquiredAt: NOW + TTL + 1,
      expiresAt: NOW + 2 * TTL + 1,
    },
  ])('takes over a lease that $name, and only once among simultaneous callers', async ({ acquiredAt, expiresAt }) => {
    await writeLease('gone', acquiredAt, expiresAt);
    const leases = await Promise.all(['a', 'b', 'c'].map((owner) => acquireDigestLease(dir, 'C1', options(owner))));
    const taken = leases.filter((lease) => lease !== null);
    expect(taken).toHaveLength(1);
    expect(JSON.parse(await readFile(leaseFile(), 'utf8'))).toMatchObject({ owner: taken[0]?.owner });
    expect(lines.filter((line) => line.startsWith('warn:'))).toEqual([
      'warn: Took over the lease of gone on the digest of channel "C1": it had expired',
    ]);
    expect(await readdir(dir)).not.toContain('digest-C1.lease.takeover');
  });

  it('leaves a lease taken over by another alone when an expired holder releases', async () => {
    const old = await acquireDigestLease(dir, 'C1', options('slow'));
    const next = await acquireDigestLease(dir, 'C1', options('next', NOW + TTL));
    expect(next).not.toBeNull();
    await old?.release();
    expect(JSON.parse(await readFile(leaseFile(), 'utf8'))).toMatchObject({ owner: 'next' });
  });

  it('treats an unreadable lease as held until it is a lease length old, then takes it over', async () => {
    await writeLease('x', 0, 0);
    await writeFile(leaseFile(), '{"owner":');
    const realNow = Date.now();
    expect(await acquireDigestLease(dir, 'C1', options('one', realNow))).toBeNull();
    const old = new Date(realNow - TTL - 1000);
    await utimes(leaseFile(), old, old);
    const lease = await acquireDigestLease(dir, 'C1', options('one', realNow));
    expect(lease?.owner).toBe('one');
  });

  it('refuses a channel id that is not a plain id', async () => {
    await expect(acquireDigestLease(dir, '../C1', options('one'))).rejects.toThrow(RangeError);
  });
});
