import { describe, expect, it } from 'vitest';
import { parseCorpusFiles } from '../../../src/corpus/parse-corpus-files.js';
import { parseReport } from '../../../src/corpus/parse-report.js';
import type { CorpusFile } from '../../../src/corpus/read-corpus-files.js';

const REPORT = 'Ferry Service Returns Today\n\nThe ferry returned on Monday after a winter break.\n';

function fileOf(file: string, content: string | Uint8Array): CorpusFile {
  return { file, bytes: typeof content === 'string' ? Buffer.from(content) : content, hash: `hash-of-${file}` };
}

describe('parseCorpusFiles', () => {
  it('parses each file into a report with the hash it was read with, in the files’ order', () => {
    const files = [fileOf('b.txt', REPORT), fileOf('a.md', `\ufeff${REPORT}`)];
    expect(parseCorpusFiles(files)).toEqual({
      reports: [parseReport('b.txt', REPORT, 80, 'hash-of-b.txt'), parseReport('a.md', REPORT, 83, 'hash-of-a.md')],
      warnings: [],
    });
  });

  it.each([
    ['an empty file', '', 'file is empty'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x00]), 'file looks binary: it contains NUL bytes'],
    ['a Latin-1 file', Buffer.from('Caf\xe9 owners protest.', 'latin1'), 'file is not valid UTF-8'],
    ['a file of white space', ' \n\t\n', 'file has only white space'],
    ['a file of site chrome only', 'Loading…\n\nPost a comment\n', 'file has no report text left after cleaning'],
  ])('skips %s with one warning', (_case, content, reason) => {
    expect(parseCorpusFiles([fileOf('bad.txt', content), fileOf('good.txt', REPORT)])).toEqual({
      reports: [parseReport('good.txt', REPORT, 80, 'hash-of-good.txt')],
      warnings: [{ file: 'bad.txt', reason, skipped: true }],
    });
  });

  it('loads a report with a malformed front matter and warns about it', () => {
    const text = `---\ndate: 14/06/2024\n---\n${REPORT}`;
    expect(parseCorpusFiles([fileOf('ferry.md', text)])).toEqual({
      reports: [parseReport('ferry.md', text, Buffer.byteLength(text), 'hash-of-ferry.md')],
      warnings: [
        { file: 'ferry.md', reason: 'front matter date "14/06/2024" is not a YYYY-MM-DD date', skipped: false },
      ],
    });
  });
});

describe('parseCorpusFiles metadata caps', () => {
  it('loads a report whose front matter title is 1 MB with the title cut to 300 characters and one warning naming the file', () => {
    const text = `---\ntitle: "${'Ferry '.repeat(174_763)}"\n---\n${REPORT}`;
    const { reports, warnings } = parseCorpusFiles([fileOf('huge-title.md', text)]);
    expect(reports.map((report) => [report.file, report.title])).toEqual([
      ['huge-title.md', `${'Ferry '.repeat(49)}Ferry…`],
    ]);
    expect(warnings).toEqual([
      {
        file: 'huge-title.md',
        reason: 'title is too long: 1048577 characters, more than the limit of 300; cut to 300',
        skipped: false,
      },
    ]);
  });

  it('echoes at most 80 characters of a bad front matter value in its warning', () => {
    const text = `---\ndate: "${'9'.repeat(10_000)}"\n---\n${REPORT}`;
    expect(parseCorpusFiles([fileOf('bad-date.md', text)]).warnings).toEqual([
      {
        file: 'bad-date.md',
        reason: `front matter date "${'9'.repeat(79)}…" is not a YYYY-MM-DD date`,
        skipped: false,
      },
    ]);
  });
});
