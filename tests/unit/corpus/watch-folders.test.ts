import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FolderWatches, watchFolders } from '../../../src/corpus/watch-folders.js';

const WAIT = { timeout: 5000, interval: 20 };

let root: string;
let watches: FolderWatches | null;
let events: number;
let errors: string[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'verbatim-folders-'));
  watches = null;
  events = 0;
  errors = [];
});
afterEach(async () => {
  watches?.close();
  await rm(root, { recursive: true, force: true });
});

function start(): FolderWatches {
  watches = watchFolders(root, {
    onEvent: () => {
      events++;
    },
    onError: (folder, error) => errors.push(`${folder}: ${error.message}`),
  });
  return watches;
}

describe('watchFolders', () => {
  it('watches the root and each sub-folder once, skipping hidden folders and folders reached again by a link', async () => {
    await mkdir(join(root, 'a', 'b'), { recursive: true });
    await mkdir(join(root, '.git'));
    await symlink(join(root, 'a'), join(root, 'link-to-a'));
    expect(start().sync()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('reports a file event in a sub-folder', async () => {
    await mkdir(join(root, 'december'));
    start().sync();
    await writeFile(join(root, 'december', 'e.txt'), 'Later report\n');
    await vi.waitFor(() => expect(events).toBeGreaterThan(0), WAIT);
  });

  it('watches a folder added since the last sync, and forgets one removed', async () => {
    const folders = start();
    expect(folders.sync()).toBe(1);
    await mkdir(join(root, 'march'));
    expect(folders.sync()).toBe(2);
    await rm(join(root, 'march'), { recursive: true });
    expect(folders.sync()).toBe(1);
    events = 0;
    await mkdir(join(root, 'april'));
    expect(folders.sync()).toBe(2);
    await writeFile(join(root, 'april', 'a.txt'), 'April report\n');
    await vi.waitFor(() => expect(events).toBeGreaterThan(0), WAIT);
  });
});
