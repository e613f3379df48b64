/**
 * Bump when the tables below change: a store of another version is not read (the index is rebuilt).
 * The cache key (`buildCorpusCacheKey`) already covers `CORPUS_CACHE_VERSION`, and so every change
 * to what is extracted.
 */
export const SQLITE_STORE_VERSION = 1;

/**
 * The tables of a SQLite corpus store. Rows keep their index order in `position` (the row id), so
 * reading them back in row-id order gives the saved arrays. Report texts, sentences and the
 * speakers' quote map are columns; a figure, quote, speaker or warning is one JSON text (their
 * shapes belong to the extractors and change with them); the search index and quote catalog are
 * one JSON text each, as their own serialisers write them. `meta` is written last, in the same
 * transaction, so a store without its `version` row is not a whole store.
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
  hash TEXT NOT NULL
);
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
CREATE TABLE documents (name TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;
