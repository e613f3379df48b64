import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusSettingsError, DEFAULT_CORPUS_SETTINGS } from '../../../src/corpus/corpus-settings.js';
import { loadCorpusSettings } from '../../../src/corpus/load-corpus-settings.js';

const folders: string[] = [];
function makeFolder(settings: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-settings-'));
  folders.push(dir);
  if (settings !== null) writeFileSync(join(dir, 'verbatim.yml'), settings);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadCorpusSettings', () => {
  it('reads verbatim.yml at the folder root, with its text', async () => {
    const text = 'followed_sides: [Afghan]\n';
    expect(await loadCorpusSettings(makeFolder(text))).toEqual({
      settings: { ...DEFAULT_CORPUS_SETTINGS, followed_sides: ['Afghan'] },
      text,
    });
  });

  it('gives the defaults and no text for a folder without one', async () => {
    expect(await loadCorpusSettings(makeFolder(null))).toEqual({ settings: DEFAULT_CORPUS_SETTINGS, text: null });
  });

  it('throws for an invalid file', async () => {
    await expect(loadCorpusSettings(makeFolder('sides: 3\n'))).rejects.toThrow(CorpusSettingsError);
  });
});
