import type { Citation, CitationLink } from '../answer/answer.js';
import type { Report } from '../corpus/report.js';
import { linkCitations } from './link-citations.js';
import { buildReaderUrl } from './reader-link-url.js';

/** Where reader links point and how they are signed (from `PUBLIC_URL` and `READER_SECRET`). */
export type ReaderLinkSettings = {
  /** The reader's public base URL, e.g. `https://verbatim.example.org`. */
  readonly publicUrl: string;
  readonly secret: string;
  /** Epoch seconds the links expire at, or null (the default) for links that do not expire. */
  readonly expiresAt?: number | null;
};

/** What the linker finds a citation's report in: an index, or the main thread's corpus manifest. */
export type LinkableCorpus = { readonly reports: readonly Pick<Report, 'id' | 'file' | 'url'>[] };

/** Returns a copy of an answer, digest or Home summary whose citations carry their links. */
export type LinkCitations = <T>(value: T) => T;

/** Leaves every citation unlinked: the reader is off. */
export const NO_LINKS: LinkCitations = (value) => value;

/**
 * The linker the Slack app, the digest, the terminal and the playground use: each citation links
 * to the reader at its sentence (report id and offsets, signed), plus the report's own URL when it
 * has one. The report is found by the citation's file in the index (or the main thread's corpus
 * manifest) `getIndex` returns at the time of the call (it may be swapped while the bot runs); a citation of a file the index no longer
 * holds stays unlinked. Deterministic for a given index and settings.
 */
export function createCitationLinker(settings: ReaderLinkSettings, getIndex: () => LinkableCorpus): LinkCitations {
  type Linkable = LinkableCorpus['reports'][number];
  const byFile = new WeakMap<LinkableCorpus, ReadonlyMap<string, Linkable>>();
  const findReport = (file: string): Linkable | undefined => {
    const index = getIndex();
    let reports = byFile.get(index);
    if (reports === undefined) {
      reports = new Map(index.reports.map((report) => [report.file, report]));
      byFile.set(index, reports);
    }
    return reports.get(file);
  };
  const findLink = (citation: Citation): CitationLink | null => {
    const report = findReport(citation.file);
    if (report === undefined) return null;
    const target = {
      reportId: report.id,
      start: citation.start,
      end: citation.end,
      expiresAt: settings.expiresAt ?? null,
    };
    return { reader: buildReaderUrl(settings.publicUrl, target, settings.secret), original: report.url };
  };
  return (value) => linkCitations(value, findLink);
}
