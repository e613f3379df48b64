/**
 * Bump when the tables below change: a store of another version is not read (the index is rebuilt).
 * The cache key (`buildCorpusCacheKey`) already covers `CORPUS_CACHE_VERSION`, and so every change
 * to what is extracted. Version 2: the delta log (`deltas`, `replaced_reports`, `reports.base`) and
 * each report file's modification time (`reports.mtime`).
 */
export const SQLITE_STORE_VERSION = 2;

/**
 * The tables of a SQLite corpus store: a **base** index, as the last whole write left it, and the
 * **delta log** of the updates applied since (docs/store.md, "Updates in place").
 *
 * - `reports` holds the corpus's reports as they are now (what a manifest lists): the base's rows
 *   (`base` = their position in the base's report order, equal to `position`) and the rows the
 *   deltas added (`base` NULL, `position` after the base's). A base report that a delta replaced
 *   or removed leaves `reports` for `replaced_reports` (its JSON under its base position), so the
 *   base can still be read whole. `mtime` and `bytes` are the file's stamp, so an unchanged file is
 *   not read again (`readCorpusFiles`' `known`).
 * - `sentences`, `figures`, `quotes`, `speakers`, `speaker_of_quote` and the `documents` (the
 *   search index and quote catalog, one JSON text each) are the base's: rows keep their index
 *   order in `position` (the row id), so reading them back in row-id order gives the saved arrays.
 * - `deltas` holds each prepared delta (`PreparedCorpusDelta` as JSON) applied since, in order;
 *   `reports` is how many reports it upserts or removes (when to compact).
 * - `warnings` are the parse warnings of the corpus as it is now.
 * - `meta` is written last, in the same transaction, so a store without its `version` row is not a
 *   whole store: `key` and `fingerprint` are the corpus's now, `base_fingerprint` the base's.
 */
export const SQLITE_STORE_SCHEMA = `
CREATE TABLE reports (
  position INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  title TEXT,
  date TEXT,
  outlet TEXT,
  url TEXT,
  text TEXT NOT NULL,
  blocks TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  hash TEXT NOT NULL,
  mtime REAL,
  base INTEGER UNIQUE
);
CREATE TABLE replaced_reports (base INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE sentences (
  position INTEGER PRIMARY KEY,
  report INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  block INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE TABLE figures (position INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE quotes (position INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE speakers (position INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE speaker_of_quote (position INTEGER PRIMARY KEY, quote_id TEXT NOT NULL, speaker TEXT NOT NULL);
CREATE TABLE warnings (position INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE deltas (position INTEGER PRIMARY KEY, reports INTEGER NOT NULL, json TEXT NOT NULL);
CREATE TABLE documents (name TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/** The tables a whole write empties and fills again (all of the schema's). */
export const SQLITE_STORE_TABLES = [
  'reports',
  'replaced_reports',
  'sentences',
  'figures',
  'quotes',
  'speakers',
  'speaker_of_quote',
  'warnings',
  'deltas',
  'documents',
  'meta',
] as const;
