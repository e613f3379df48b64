/** What goes into a test PDF: lines of text (an empty string leaves a blank line) and the document info. */
export type TestPdfContent = {
  readonly lines: readonly string[];
  readonly title?: string;
  /** A PDF date, such as `D:20241223103000Z`. */
  readonly creationDate?: string;
};

/**
 * Writes a minimal valid PDF 1.4 by hand: one page, Helvetica, one text line per entry (14 pt
 * apart), an Info dictionary with the title and creation date, and an exact cross-reference table.
 * Only ASCII text (the standard font's encoding); enough for PDF.js to read text and metadata.
 */
export function buildTestPdf(content: TestPdfContent): Uint8Array {
  const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = [
    'BT',
    '/F1 12 Tf',
    '14 TL',
    '72 720 Td',
    ...content.lines.map((line) => `(${escapePdf(line)}) '`),
    'ET',
  ].join('\n');
  const info = [
    content.title === undefined ? '' : `/Title (${escapePdf(content.title)})`,
    content.creationDate === undefined ? '' : `/CreationDate (${content.creationDate})`,
  ].join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< ${info} >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
