import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/corpus/parse-report.js';
import type { Report } from '../../../src/corpus/report.js';
import { applyCorpusDelta } from '../../../src/index/apply-corpus-delta.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import { applyManifestDelta, toCorpusManifest } from '../../../src/index/corpus-manifest.js';
import { diffCorpus } from '../../../src/index/diff-corpus.js';
import { prepareCorpusDelta } from '../../../src/index/prepare-corpus-delta.js';

/** A small hand-written report; `version` changes its text (and so its hash). */
function report(file: string, title: string, version = 1): Report {
  const text = `# ${title}\n\nOfficials said ${version * 12} boats crossed the lake on Monday, the harbour office said.\n`;
  return parseReport(file, text, Buffer.byteLength(text));
}

const BEFORE = [
  report('b-harbour.txt', 'Harbour Reopens'),
  report('a-ferry.txt', 'Ferry Crossing'),
  report('c-dock.txt', 'Dock Lights'),
];

describe('toCorpusManifest', () => {
  it('keeps each report’s metadata in index order, and no text or blocks', () => {
    const index = buildCorpusIndex(BEFORE);
    const manifest = toCorpusManifest(index, [{ file: 'x.txt', reason: 'empty', skipped: true }]);
    expect(manifest).toEqual({
      fingerprint: index.fingerprint,
      settings: index.settings,
      reports: index.reports.map(({ text: _text, blocks: _blocks, ...metadata }) => metadata),
      warnings: [{ file: 'x.txt', reason: 'empty', skipped: true }],
    });
    expect(manifest.reports.map((entry) => entry.file)).toEqual(['a-ferry.txt', 'b-harbour.txt', 'c-dock.txt']);
  });
});

describe('applyManifestDelta', () => {
  it('gives the manifest of the index applyCorpusDelta gives, for an add, a change and a delete at once', () => {
    const index = { ...buildCorpusIndex(BEFORE), store: '/cache/old.sqlite' };
    const after = [
      report('a-ferry.txt', 'Ferry Crossing', 2),
      report('c-dock.txt', 'Dock Lights'),
      report('d-quay.txt', 'Quay'),
    ];
    const delta = diffCorpus(toCorpusManifest(index).reports, after);
    expect(delta.upserted.map((entry) => entry.file)).toEqual(['a-ferry.txt', 'd-quay.txt']);
    expect(delta.removedIds).toEqual(['b-harbour']);
    const updated = applyCorpusDelta(buildCorpusIndex(BEFORE), prepareCorpusDelta(delta, index.lexicon));
    const manifest = applyManifestDelta(toCorpusManifest(index), delta);
    expect(manifest).toEqual(toCorpusManifest({ ...updated, store: '/cache/old.sqlite' }));
    expect(manifest.fingerprint).toBe(buildCorpusIndex(after).fingerprint);
  });

  it('changes nothing for an empty delta, and keeps the store and the stale flag', () => {
    const stale = { reason: 'the corpus folder was deleted or moved away' };
    const manifest = { ...toCorpusManifest(buildCorpusIndex(BEFORE)), stale, store: '/cache/x.sqlite' };
    expect(applyManifestDelta(manifest, { upserted: [], removedIds: [] })).toEqual(manifest);
  });
});
