import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { serializeSentenceIndex } from '../../search/sentence-index.js';
import type { CorpusIndex } from '../corpus-index.js';
import { packSentences, SENTENCE_WIDTH } from '../pack-sentences.js';
import type { CorpusCacheEntry } from '../serialize-corpus-index.js';
import { serializeQuoteCatalog } from '../serialize-quote-catalog.js';
import { SQLITE_STORE_SCHEMA, SQLITE_STORE_VERSION } from './sqlite-corpus-schema.js';

const BLOCK_KINDS = ['title', 'dateline', 'body'] as const;

/**
 * Writes an index and its cache entry to a SQLite store at `path` (`SQLITE_STORE_SCHEMA`): into a
 * temporary file beside it, in one transaction, synced, then renamed over `path`, so a crash
 * mid-write leaves the old store or none, never a part. Synchronous (better-sqlite3 is): it runs
 * in the build, before the bot answers, or in a worker thread.
 *
 * @throws the file system's or SQLite's error when the folder cannot be written; the temporary
 *   file is removed first.
 */
export function writeSqliteCorpusStore(path: string, index: CorpusIndex, entry: CorpusCacheEntry): void {
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  try {
    const db = new Database(temporary);
    try {
      // Rule: durability comes from the rename after fsync below, not from SQLite's journal.
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.exec(SQLITE_STORE_SCHEMA);
      db.transaction(() => insertIndex(db, index, entry))();
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

/** Inserts every part of the index, then the `meta` rows that mark the store whole. */
function insertIndex(db: Database.Database, index: CorpusIndex, entry: CorpusCacheEntry): void {
  const report = db.prepare(
    'INSERT INTO reports (position, id, file, title, date, outlet, url, text, blocks, bytes, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  index.reports.forEach((row, position) => {
    const blocks = row.blocks.flatMap((block) => [BLOCK_KINDS.indexOf(block.kind), block.start, block.end]);
    report.run(
      position,
      row.id,
      row.file,
      row.title,
      row.date,
      row.outlet,
      row.url,
      row.text,
      JSON.stringify(blocks),
      row.bytes,
      row.hash,
    );
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
  meta.run('version', String(SQLITE_STORE_VERSION));
}

/** One row per item, its JSON in `json`, in array order. */
function insertJsonRows(db: Database.Database, table: string, items: readonly unknown[]): void {
  const insert = db.prepare(`INSERT INTO ${table} (position, json) VALUES (?, ?)`);
  items.forEach((item, position) => {
    insert.run(position, JSON.stringify(item));
  });
}
