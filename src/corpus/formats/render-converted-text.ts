import { stringify } from 'yaml';
import type { ConvertedReport } from './converted-report.js';
import { hashArticleText } from './hash-article-text.js';

/** The original a converted text was made from: its file name (beside the text) and SHA-256. */
export type ConvertedOrigin = { readonly original: string; readonly sha256: string };

/**
 * The UTF-8 text file that stands for a converted web page or PDF, and that is indexed and cited:
 * YAML front matter with the report's metadata (`title`, `date`, `outlet`, `url`, `byline`; an
 * unknown value is written as null, so nothing is guessed from the text) and its origin
 * (`original`: the original's file name, which sits beside the text; `original_sha256`; and
 * `content_sha256`, the article text's, see `hashArticleText`), then the
 * title and the paragraphs, one per line, separated by blank lines. Pure and deterministic.
 *
 * @example
 * renderConvertedText(report, { original: 'strike.html', sha256: 'ab…' }) // '---\ntitle: …\n---\nDock workers strike…\n\nAbout 1,200…\n'
 */
export function renderConvertedText(report: ConvertedReport, origin: ConvertedOrigin): string {
  const frontMatter = stringify(
    {
      title: report.title,
      date: report.date,
      outlet: report.outlet,
      url: report.url,
      byline: report.byline,
      original: origin.original,
      original_sha256: origin.sha256,
      content_sha256: hashArticleText(report),
    },
    { lineWidth: 0 },
  );
  const paragraphs = report.title === null ? report.paragraphs : [report.title, ...report.paragraphs];
  return `---\n${frontMatter}---\n${paragraphs.join('\n\n')}\n`;
}
