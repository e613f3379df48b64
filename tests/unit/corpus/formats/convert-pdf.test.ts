import { describe, expect, it, vi } from 'vitest';
import { convertPdf } from '../../../../src/corpus/formats/convert-pdf.js';
import { buildTestPdf } from '../../../support/build-test-pdf.js';

// Servers, files and PDF.js on a busy shared machine: generous limits, so only a real hang fails.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('convertPdf', () => {
  it('reads the text as paragraphs split at wide gaps, and the title and creation day', async () => {
    const pdf = buildTestPdf({
      title: 'Quay Inspection (Interim)',
      creationDate: "D:20241223233000-05'00",
      lines: ['Inspectors found 3 cracked bollards', 'on the west quay.', '', 'Repairs start in January.'],
    });
    expect(await convertPdf(pdf)).toEqual({
      ok: true,
      report: {
        title: 'Quay Inspection (Interim)',
        byline: null,
        outlet: null,
        date: '2024-12-23',
        url: null,
        paragraphs: ['Inspectors found 3 cracked bollards on the west quay.', 'Repairs start in January.'],
      },
    });
  });

  it('gives no title or date when the document sets none', async () => {
    const result = await convertPdf(buildTestPdf({ lines: ['Only text.'] }));
    expect(result).toEqual({
      ok: true,
      report: { title: null, byline: null, outlet: null, date: null, url: null, paragraphs: ['Only text.'] },
    });
  });

  it('refuses bytes that are not a PDF, and a PDF without text', async () => {
    expect(await convertPdf(new TextEncoder().encode('<html>not a pdf</html>'))).toEqual({
      ok: false,
      reason: 'file cannot be read as a PDF',
    });
    expect(await convertPdf(buildTestPdf({ lines: [] }))).toEqual({
      ok: false,
      reason: 'PDF has no text (a scanned page needs OCR first)',
    });
  });
});
