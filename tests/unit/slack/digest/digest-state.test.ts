import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DigestState,
  DigestStateError,
  emptyDigestState,
  loadDigestState,
  saveDigestState,
} from '../../../../src/slack/digest/digest-state.js';

let dir: string;
let lines: string[];
const logger = {
  info: (m: string) => lines.push(`info: ${m}`),
  warn: (m: string) => lines.push(`warn: ${m}`),
  error: (m: string) => lines.push(`error: ${m}`),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-state-'));
  lines = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const MONDAY: DigestState = {
  channel: 'C1',
  lastDate: '2024-12-23',
  lastAt: '2024-12-23T08:00:01.000Z',
  lastTs: '1734940801.000100',
  baseline: { date: '2024-12-23', reports: { 'a.txt': 'hash-a' } },
  inFlight: null,
};
const TUESDAY: DigestState = {
  ...MONDAY,
  lastDate: '2024-12-24',
  lastAt: '2024-12-24T08:00:02.000Z',
  lastTs: '1735027202.000200',
  baseline: { date: '2024-12-24', reports: { 'a.txt': 'hash-a', 'b.txt': 'hash-b' } },
};

describe('loadDigestState', () => {
  it('gives the empty state of a channel that never had a digest', async () => {
    expect(await loadDigestState(join(dir, 'missing'), 'C1', { logger })).toEqual(emptyDigestState('C1'));
    expect(lines).toEqual([]);
  });

  it('reads back what was saved', async () => {
    await saveDigestState(dir, MONDAY);
    expect(await loadDigestState(dir, 'C1', { logger })).toEqual(MONDAY);
  });

  it.each([
    { damage: 'half written', write: (text: string) => text.slice(0, Math.floor(text.length / 2)) },
    { damage: 'empty', write: () => '' },
    { damage: 'altered after its checksum', write: (text: string) => text.replace('2024-12-24', '2024-12-25') },
  ])('recovers from the previous copy when the file is $damage, and says so once', async ({ write }) => {
    await saveDigestState(dir, MONDAY);
    await saveDigestState(dir, TUESDAY);
    const file = join(dir, 'digest-C1.json');
    await writeFile(file, write(await readFile(file, 'utf8')));
    expect(await loadDigestState(dir, 'C1', { logger })).toEqual(MONDAY);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warn: Recovered the digest state of channel "C1" from its previous copy: /);
  });

  it('recovers when a crash left only the previous copy', async () => {
    await saveDigestState(dir, MONDAY);
    await saveDigestState(dir, TUESDAY);
    await rm(join(dir, 'digest-C1.json'));
    expect(await loadDigestState(dir, 'C1', { logger })).toEqual(MONDAY);
  });

  it('throws when neither the file nor its previous copy can be read', async () => {
    await writeFile(join(dir, 'digest-C1.json'), '{"version":1,');
    await writeFile(join(dir, 'digest-C1.json.prev'), '');
    await expect(loadDigestState(dir, 'C1', { logger })).rejects.toThrow(DigestStateError);
  });

  it('does not take another channel’s file', async () => {
    await saveDigestState(dir, MONDAY);
    await writeFile(join(dir, 'digest-C2.json'), await readFile(join(dir, 'digest-C1.json')));
    await expect(loadDigestState(dir, 'C2', { logger })).rejects.toThrow(/not a state of this channel/);
  });

  it('rejects a channel id that is not a plain id', async () => {
    await expect(loadDigestState(dir, '../C1', { logger })).rejects.toThrow(RangeError);
  });
});

describe('saveDigestState', () => {
  it('creates the folder, writes a checksummed file and leaves no temporary file', async () => {
    const nested = join(dir, 'data', 'state');
    await saveDigestState(nested, MONDAY);
    expect(await readdir(nested)).toEqual(['digest-C1.json']);
    const saved = JSON.parse(await readFile(join(nested, 'digest-C1.json'), 'utf8'));
    expect(Object.keys(saved)).toEqual(['version', 'state', 'checksum']);
    expect(saved.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the previous good copy beside the new file', async () => {
    await saveDigestState(dir, MONDAY);
    await saveDigestState(dir, TUESDAY);
    expect((await readdir(dir)).sort()).toEqual(['digest-C1.json', 'digest-C1.json.prev']);
    await rm(join(dir, 'digest-C1.json'));
    expect(await loadDigestState(dir, 'C1', { logger })).toEqual(MONDAY);
  });

  it('never lets a torn file replace the previous good copy', async () => {
    await saveDigestState(dir, MONDAY);
    await saveDigestState(dir, TUESDAY);
    await writeFile(join(dir, 'digest-C1.json'), '{"version":1,"sta');
    await saveDigestState(dir, { ...TUESDAY, lastDate: '2024-12-25' });
    await rm(join(dir, 'digest-C1.json'));
    expect(await loadDigestState(dir, 'C1', { logger })).toEqual(MONDAY);
  });
});
