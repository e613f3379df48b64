import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Report } from '../../corpus/report.js';
import { serializeSentenceIndex } from '../../search/sentence-index.js';
import type { CorpusIndex } from '../corpus-index.js';
import { packSentences, SENTENCE_WIDTH } from '../pack-sentences.js';
import type { CorpusCacheEntry } from '../serialize-corpus-index.js';
import { serializeQuoteCatalog } from '../serialize-quote-catalog.js';
import { SQLITE_STORE_SCHEMA, SQLITE_STORE_TABLES, SQLITE_STORE_VERSION } from './sqlite-corpus-schema.js';

const BLOCK_KINDS = ['title', 'dateline', 'body'] as const;

/** A report file's size and modification time when it was read, by its path in the corpus folder. */
export type FileStamps = ReadonlyMap<string, { readonly size: number; readonly mtimeMs: number }>;

/** What a whole write may add: the stamps of the files the reports were read from (no stamp: the file is read again). */
export type WriteSqliteCorpusStoreOptions = { readonly stamps?: FileStamps };

/**
 * Writes an index and its cache entry to the SQLite store at `path` (`SQLITE_STORE_SCHEMA`) as a
 * new base with an empty delta log. A store already there (of this version) is emptied and filled
 * again in one transaction, in WAL mode, so an answer worker reading it meanwhile keeps the
 * snapshot it began with and a crash leaves the old store. A missing or unreadable file is written
 * into a temporary file beside it (no journal), synced, then renamed over `path`. Synchronous
 * (better-sqlite3 is): it runs in the build, before the bot answers, or in a worker thread.
 *
 * @throws the file system's or SQLite's error when the folder cannot be written; the temporary
 *   file is removed first.
 */
export function writeSqliteCorpusStore(
  path: string,
  index: CorpusIndex,
  entry: CorpusCacheEntry,
  options: WriteSqliteCorpusStoreOptions = {},
): void {
  if (existsSync(path) && rewriteInPlace(path, index, entry, options)) return;
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  try {
    const db = new Database(temporary);
    try {
      // Rule: durability comes from the rename after fsync below, not from SQLite's journal.
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.exec(SQLITE_STORE_SCHEMA);
      db.transaction(() => insertIndex(db, index, entry, options))();
      // Rule: readers and later deltas share the file; WAL lets them read while a delta is written.
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    const file = openSync(temporary, 'r+');
    try {
      fsyncSync(file);
    } finally {
      closeSync(file);
    }
    renameSync(temporary, path);
  } catch (error: unknown) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Empties the store's tables and writes the index in one transaction; false (nothing changed)
 * when the file is not a store of this version, which is then replaced whole. Rule: a store in use
 * is never renamed over, since its readers' WAL index (`-shm`) belongs to its path.
 */
function rewriteInPlace(
  path: string,
  index: CorpusIndex,
  entry: CorpusCacheEntry,
  options: WriteSqliteCorpusStoreOptions,
): boolean {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch {
    return false;
  }
  try {
    const version = (() => {
      try {
        return db.prepare("SELECT value FROM meta WHERE name = 'version'").pluck().get();
      } catch {
        return undefined;
      }
    })();
    if (version !== String(SQLITE_STORE_VERSION)) return false;
    db.pragma('journal_mode = WAL');
    db.transaction(() => {
      for (const table of SQLITE_STORE_TABLES) db.exec(`DELETE FROM ${table}`);
      insertIndex(db, index, entry, options);
    })();
    return true;
  } finally {
    db.close();
  }
}

/** Inserts every part of the index, then the `meta` rows that mark the store whole. */
function insertIndex(
  db: Database.Database,
  index: CorpusIndex,
  entry: CorpusCacheEntry,
  { stamps }: WriteSqliteCorpusStoreOptions,
): void {
  const report = db.prepare(INSERT_REPORT);
  index.reports.forEach((row, position) => {
    report.run(position, ...buildReportRow(row, stamps), position);
  });
  const sentence = db.prepare(
    'INSERT INTO sentences (position, report, ordinal, block, start, end) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const numbers = packSentences(index.reports, index.sentences);
  for (let i = 0; i < numbers.length; i += SENTENCE_WIDTH) {
    sentence.run(i / SENTENCE_WIDTH, ...numbers.subarray(i, i + SENTENCE_WIDTH));
  }
  insertJsonRows(db, 'figures', index.figures);
  insertJsonRows(db, 'quotes', index.quotes);
  insertJsonRows(db, 'speakers', index.speakers.speakers);
  insertJsonRows(db, 'warnings', entry.warnings);
  const speakerOf = db.prepare('INSERT INTO speaker_of_quote (position, quote_id, speaker) VALUES (?, ?, ?)');
  let position = 0;
  for (const [quoteId, speaker] of index.speakers.speakerOfQuote) speakerOf.run(position++, quoteId, speaker);
  const document = db.prepare('INSERT INTO documents (name, json) VALUES (?, ?)');
  document.run('search', serializeSentenceIndex(index.search));
  document.run('quoteCatalog', serializeQuoteCatalog(index.quoteCatalog, index.quotes));
  const meta = db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)');
  meta.run('key', entry.key);
  meta.run('fingerprint', index.fingerprint);
  meta.run('base_fingerprint', index.fingerprint);
  meta.run('version', String(SQLITE_STORE_VERSION));
}

/** The insert of one `reports` row: its position, `buildReportRow`'s values, then its base position (or null). */
export const INSERT_REPORT =
  'INSERT INTO reports (position, id, file, title, date, outlet, url, text, blocks, bytes, hash, mtime, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * A report's `reports` columns from `id` to `mtime`: its blocks as kind/start/end triples in JSON
 * (`openSqliteCorpusStore` reads them back), and its file's modification time when the stamp is
 * known and its size is the report's, else null (the file is read again).
 */
export function buildReportRow(report: Report, stamps: FileStamps | undefined): (string | number | null)[] {
  const { id, file, title, date, outlet, url, text, bytes, hash } = report;
  const blocks = JSON.stringify(
    report.blocks.flatMap((block) => [BLOCK_KINDS.indexOf(block.kind), block.start, block.end]),
  );
  const stamp = stamps?.get(file);
  const mtime = stamp !== undefined && stamp.size === bytes ? stamp.mtimeMs : null;
  return [id, file, title, date, outlet, url, text, blocks, bytes, hash, mtime];
}

/** One row per item, its JSON in `json`, in array order. */
function insertJsonRows(db: Database.Database, table: string, items: readonly unknown[]): void {
  const insert = db.prepare(`INSERT INTO ${table} (position, json) VALUES (?, ?)`);
  items.forEach((item, position) => {
    insert.run(position, JSON.stringify(item));
  });
}
