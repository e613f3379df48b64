import { describe, expect, it } from 'vitest';
import { decodeReportBytes } from '../../../src/corpus/decode-report-bytes.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeReportBytes', () => {
  it('decodes UTF-8 text unchanged', () => {
    expect(decodeReportBytes(encode('Ferry “returns”\r\n'))).toEqual({ ok: true, text: 'Ferry “returns”\r\n' });
  });

  it('removes a leading byte order mark and nothing else', () => {
    expect(decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Ferry\uFEFF')]))).toEqual({
      ok: true,
      text: 'Ferry\uFEFF',
    });
  });

  it.each([
    ['an empty file', new Uint8Array([]), 'file is empty'],
    ['a file of white space', encode(' \n\t\r\n'), 'file has only white space'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'file looks binary: it contains NUL bytes'],
    ['a UTF-16 file', new Uint8Array([0xff, 0xfe, 0x46, 0x00]), 'file looks binary: it contains NUL bytes'],
    ['a Latin-1 file', new Uint8Array([0x46, 0xe9, 0x72, 0x69, 0x65]), 'file is not valid UTF-8'],
    ['a cut multi-byte sequence', new Uint8Array([0x46, 0xe2, 0x80]), 'file is not valid UTF-8'],
  ])('rejects %s', (_case, bytes, reason) => {
    expect(decodeReportBytes(bytes)).toEqual({ ok: false, reason });
  });
});
