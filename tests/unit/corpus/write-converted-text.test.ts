import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeConvertedText } from '../../../src/corpus/write-converted-text.js';

// Servers, files and PDF.js on a busy shared machine: generous limits, so only a real hang fails.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let dir: string | null = null;
afterEach(async () => {
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

const PAGE = (sentence: string) =>
  `<html><head><meta property="og:site_name" content="Pier Post"></head><body><article><h1>Gauge Fails</h1><p>${sentence}</p></article></body></html>`;

async function writePage(html: string): Promise<{ path: string; bytes: Uint8Array }> {
  dir ??= await mkdtemp(join(tmpdir(), 'verbatim-convert-'));
  const path = join(dir, 'gauge.html');
  const bytes = new TextEncoder().encode(html);
  await writeFile(path, bytes);
  return { path, bytes };
}

describe('writeConvertedText', () => {
  it('writes the converted text beside the original, then leaves it alone while the original is unchanged', async () => {
    const { path, bytes } = await writePage(PAGE('The tide gauge at the north pier stopped reporting on Sunday.'));
    expect(await writeConvertedText(path, bytes, 'c'.repeat(64))).toEqual({ ok: true, status: 'written' });
    const written = await readFile(`${path}.txt`, 'utf8');
    expect(written).toContain('outlet: Pier Post\n');
    expect(written).toContain('original: gauge.html\n');
    expect(written.endsWith('Gauge Fails\n\nThe tide gauge at the north pier stopped reporting on Sunday.\n')).toBe(
      true,
    );
    const before = (await stat(`${path}.txt`)).mtimeMs;
    expect(await writeConvertedText(path, bytes, 'c'.repeat(64))).toEqual({ ok: true, status: 'current' });
    expect((await stat(`${path}.txt`)).mtimeMs).toBe(before);
  });

  it('rewrites the text when the original changed (another SHA-256)', async () => {
    const first = await writePage(PAGE('The tide gauge stopped on Sunday.'));
    await writeConvertedText(first.path, first.bytes, 'c'.repeat(64));
    const second = await writePage(PAGE('The tide gauge was repaired on Tuesday.'));
    expect(await writeConvertedText(second.path, second.bytes, 'd'.repeat(64))).toEqual({
      ok: true,
      status: 'written',
    });
    expect(await readFile(`${second.path}.txt`, 'utf8')).toContain('repaired on Tuesday');
  });

  it('returns the reason and writes nothing when the original cannot be converted', async () => {
    const { path, bytes } = await writePage('<html><body></body></html>');
    expect(await writeConvertedText(path, bytes, 'e'.repeat(64))).toEqual({
      ok: false,
      reason: 'page has no article text',
    });
    await expect(stat(`${path}.txt`)).rejects.toThrow();
  });
});
