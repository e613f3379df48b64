import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../src/answer/build-citation.js';
import { createCitationLinker } from '../../../src/reader/create-citation-linker.js';
import { buildReaderUrl } from '../../../src/reader/reader-link-url.js';
import { buildTestCorpusIndex, buildTestReport } from '../../support/build-test-corpus.js';

const SECRET = 'a-reader-secret-of-forty-characters-0001';

describe('createCitationLinker', () => {
  const plain = buildTestReport('plain', '# Plain\nFirst sentence here.\nSecond sentence here.');
  const linked = buildTestReport('linked', '# Linked\nOnly sentence.');
  const withUrl = { ...linked, report: { ...linked.report, url: 'https://x.example/a' } };
  const index = buildTestCorpusIndex([plain, withUrl]);
  const link = createCitationLinker({ publicUrl: 'https://v.example.org', secret: SECRET }, () => index);

  it('links a citation to the reader at its offsets, and to the original where the report has one', () => {
    const a = buildExcerpt(plain.report, { start: 8, end: 28 }, []);
    const b = buildExcerpt(withUrl.report, { start: 9, end: 23 }, []);
    const reader = (reportId: string, start: number, end: number) =>
      buildReaderUrl('https://v.example.org', { reportId, start, end, expiresAt: null }, SECRET);
    expect(link({ rows: [a, b] })).toEqual({
      rows: [
        { ...a, citation: { ...a.citation, link: { reader: reader('plain', 8, 28), original: null } } },
        {
          ...b,
          citation: { ...b.citation, link: { reader: reader('linked', 9, 23), original: 'https://x.example/a' } },
        },
      ],
    });
  });

  it('leaves a citation of a file the index does not hold unlinked', () => {
    const stray = {
      citation: { file: 'elsewhere.txt', start: 0, end: 1, sentence: 'x', title: null, date: null, outlet: null },
    };
    expect(link(stray)).toEqual(stray);
  });
});
