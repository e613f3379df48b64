import Database from 'better-sqlite3';
import type { CorpusWarning } from '../../corpus/read-corpus-files.js';
import type { Block, BlockKind, Report } from '../../corpus/report.js';
import type { Figure } from '../../extract/figures/figure.js';
import type { Speaker } from '../../extract/people/build-speaker-directory.js';
import type { Quote } from '../../extract/quotes/quote.js';
import { orderReports } from '../build-corpus-index.js';
import type { ReportMetadata } from '../corpus-manifest.js';
import { SENTENCE_WIDTH } from '../pack-sentences.js';
import type { PreparedCorpusDelta } from '../prepare-corpus-delta.js';
import { type CorpusStore, CorpusStoreError } from './corpus-store.js';
import { SQLITE_STORE_VERSION } from './sqlite-corpus-schema.js';

const BLOCK_KINDS: readonly BlockKind[] = ['title', 'dateline', 'body'];

/** A `reports` row: the report, its blocks as JSON kind/start/end triples. */
type ReportRow = Omit<Report, 'blocks'> & { readonly blocks: string };

/** A current `reports` row with its file's stamp and base position. */
type StampedRow = ReportRow & { readonly mtime: number | null; readonly base: number | null };

/**
 * Opens a store `writeSqliteCorpusStore` wrote (and `appendSqliteCorpusDelta` may have updated),
 * read-only (several answer workers may hold it open at once; none can change it). Opening starts
 * a read transaction held until `close`, so every `read…` sees the same snapshot however many
 * deltas the corpus worker writes meanwhile (WAL). Opening reads only the `meta` rows; each
 * `read…` reads its table when called.
 *
 * @throws {CorpusStoreError} when the file is missing, is not a SQLite database, or is not a whole
 *   store of this version. Reads may throw SQLite's own error on a file corrupted since.
 */
export function openSqliteCorpusStore(path: string): CorpusStore {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error: unknown) {
    throw new CorpusStoreError(describe(error));
  }
  let meta: Map<string, string>;
  try {
    // Rule: one snapshot from the first read to `close` (a deferred BEGIN takes it at the first SELECT).
    db.exec('BEGIN');
    const rows = db.prepare('SELECT name, value FROM meta').all() as { name: string; value: string }[];
    meta = new Map(rows.map((row) => [row.name, row.value]));
  } catch (error: unknown) {
    db.close();
    throw new CorpusStoreError(describe(error));
  }
  const key = meta.get('key');
  const fingerprint = meta.get('base_fingerprint');
  const currentFingerprint = meta.get('fingerprint');
  if (
    meta.get('version') !== String(SQLITE_STORE_VERSION) ||
    key === undefined ||
    fingerprint === undefined ||
    currentFingerprint === undefined
  ) {
    db.close();
    throw new CorpusStoreError(`not a whole store of version ${SQLITE_STORE_VERSION}`);
  }
  const jsonRows = <T>(table: string): T[] =>
    (db.prepare(`SELECT json FROM ${table} ORDER BY position`).pluck().all() as string[]).map(
      (json) => JSON.parse(json) as T,
    );
  const reportText = db.prepare('SELECT text FROM reports WHERE id = ?').pluck();
  const document = (name: string): string => {
    const json = db.prepare('SELECT json FROM documents WHERE name = ?').pluck().get(name);
    if (typeof json !== 'string') throw new CorpusStoreError(`no ${name} document`);
    return json;
  };
  return {
    key,
    fingerprint,
    currentFingerprint,
    readReports: () => {
      // The base's reports: those still current, and those a delta replaced or removed since.
      const rows = db.prepare('SELECT * FROM reports WHERE base IS NOT NULL').all() as StampedRow[];
      const replaced = db.prepare('SELECT base, json FROM replaced_reports').raw().all() as [number, string][];
      const byBase: [number, ReportRow][] = [
        ...rows.map((row): [number, ReportRow] => [row.base ?? 0, row]),
        ...replaced.map(([base, json]): [number, ReportRow] => [base, JSON.parse(json) as ReportRow]),
      ];
      return byBase.sort((a, b) => a[0] - b[0]).map(([, row]) => toReport(row));
    },
    readReportMetadata: () =>
      // Rows added by deltas come after the base's positions: report order is `orderReports`'.
      orderReports(
        db
          .prepare('SELECT id, file, title, date, outlet, url, bytes, hash FROM reports ORDER BY position')
          .all() as ReportMetadata[],
      ),
    readCurrentReports: () =>
      (db.prepare('SELECT * FROM reports ORDER BY position').all() as StampedRow[]).map((row) => ({
        report: toReport(row),
        mtimeMs: row.mtime,
      })),
    readStamps: () => {
      const rows = db.prepare('SELECT file, bytes, mtime, hash FROM reports WHERE mtime IS NOT NULL').raw().all();
      return new Map(
        (rows as [string, number, number, string][]).map(([file, size, mtimeMs, hash]) => [
          file,
          { size, mtimeMs, hash },
        ]),
      );
    },
    readDeltas: () => jsonRows<PreparedCorpusDelta>('deltas'),
    readSentences: () => {
      const count = db.prepare('SELECT count(*) FROM sentences').pluck().get() as number;
      const numbers = new Int32Array(count * SENTENCE_WIDTH);
      const rows = db.prepare('SELECT report, ordinal, block, start, end FROM sentences ORDER BY position').raw();
      let at = 0;
      for (const row of rows.iterate() as Iterable<number[]>) {
        numbers.set(row, at);
        at += SENTENCE_WIDTH;
      }
      if (at !== numbers.length) throw new CorpusStoreError('the sentences changed while they were read');
      return numbers;
    },
    readFigures: () => jsonRows<Figure>('figures'),
    readQuotes: () => jsonRows<Quote>('quotes'),
    readSpeakers: () => {
      const pairs = db.prepare('SELECT quote_id, speaker FROM speaker_of_quote ORDER BY position').raw().all();
      return { speakers: jsonRows<Speaker>('speakers'), speakerOfQuote: new Map(pairs as [string, string][]) };
    },
    readWarnings: () => jsonRows<CorpusWarning>('warnings'),
    readSearchIndex: () => document('search'),
    readQuoteCatalog: () => document('quoteCatalog'),
    readReportText: (reportId) => {
      const text = reportText.get(reportId);
      return typeof text === 'string' ? text : null;
    },
    close: () => {
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    },
  };
}

/** A report row as the report `parseReport` gave (the same key order, so it serialises the same). */
function toReport(row: ReportRow): Report {
  const triples = JSON.parse(row.blocks) as number[];
  const blocks: Block[] = [];
  for (let i = 0; i + 2 < triples.length; i += 3) {
    const kind = BLOCK_KINDS[triples[i] ?? -1];
    if (kind === undefined) throw new CorpusStoreError(`an unknown block kind in "${row.file}"`);
    blocks.push({ kind, start: triples[i + 1] ?? 0, end: triples[i + 2] ?? 0 });
  }
  const { id, file, title, date, outlet, url, text, bytes, hash } = row;
  return { id, file, title, date, outlet, url, text, blocks, bytes, hash };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
