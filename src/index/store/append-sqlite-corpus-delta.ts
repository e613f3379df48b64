import Database from 'better-sqlite3';
import type { PreparedCorpusDelta } from '../prepare-corpus-delta.js';
import type { CorpusCacheEntry } from '../serialize-corpus-index.js';
import { SQLITE_STORE_VERSION } from './sqlite-corpus-schema.js';
import { buildReportRow, type FileStamps, INSERT_REPORT } from './write-sqlite-corpus-store.js';

/** The corpus after the delta: its cache entry (key and parse warnings), fingerprint, and files' stamps. */
export type CorpusDeltaTarget = {
  readonly entry: CorpusCacheEntry;
  /** `buildFingerprint` of the corpus's reports after the delta. */
  readonly fingerprint: string;
  readonly stamps?: FileStamps;
};

/**
 * Writes a prepared delta into the SQLite store at `path` in place, in one transaction (WAL: a
 * reader keeps the snapshot it began with, and sees either the store before or after the delta):
 * the `reports` rows of the reports it removes or replaces go (a base report's row is kept in
 * `replaced_reports`, so the base can still be read), its upserted reports get new rows, the delta
 * is appended to the log (`deltas`), and the warnings, key and fingerprint become the corpus's
 * now. The cost is the delta's own rows: nothing of the base is rewritten. Resolves with the
 * number of reports the log holds since the base (the caller compacts with a whole write when it
 * grows large). Synchronous; it runs in the corpus worker.
 *
 * @throws {Error} when `path` is not a whole store of this version; SQLite's error when it cannot
 *   be written (the store is then as it was).
 */
export function appendSqliteCorpusDelta(path: string, delta: PreparedCorpusDelta, target: CorpusDeltaTarget): number {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = WAL');
    return db.transaction(() => {
      const version = db.prepare("SELECT value FROM meta WHERE name = 'version'").pluck().get();
      if (version !== String(SQLITE_STORE_VERSION)) {
        throw new Error(`Cannot update the corpus store ${path}: not a whole store of version ${SQLITE_STORE_VERSION}`);
      }
      const find = db.prepare('SELECT * FROM reports WHERE id = ?');
      const keep = db.prepare('INSERT INTO replaced_reports (base, json) VALUES (?, ?)');
      const remove = db.prepare('DELETE FROM reports WHERE id = ?');
      const leaving = [...delta.removedIds, ...delta.upserted.map(({ report }) => report.id)];
      for (const id of leaving) {
        const row = find.get(id) as (Record<string, unknown> & { base: number | null }) | undefined;
        if (row === undefined) continue;
        if (row.base !== null) keep.run(row.base, JSON.stringify(toReportJson(row)));
        remove.run(id);
      }
      const next = (db.prepare('SELECT coalesce(max(position), -1) + 1 FROM reports').pluck().get() as number) ?? 0;
      const insert = db.prepare(INSERT_REPORT);
      delta.upserted.forEach(({ report }, i) => {
        insert.run(next + i, ...buildReportRow(report, target.stamps), null);
      });
      const size = delta.upserted.length + delta.removedIds.length;
      db.prepare('INSERT INTO deltas (reports, json) VALUES (?, ?)').run(size, JSON.stringify(delta));
      db.exec('DELETE FROM warnings');
      const warning = db.prepare('INSERT INTO warnings (position, json) VALUES (?, ?)');
      target.entry.warnings.forEach((item, position) => {
        warning.run(position, JSON.stringify(item));
      });
      const meta = db.prepare('UPDATE meta SET value = ? WHERE name = ?');
      meta.run(target.entry.key, 'key');
      meta.run(target.fingerprint, 'fingerprint');
      return db.prepare('SELECT coalesce(sum(reports), 0) FROM deltas').pluck().get() as number;
    })();
  } finally {
    db.close();
  }
}

/** A `reports` row as the report it was written from (the key order of `parseReport`'s, so its JSON is the same). */
function toReportJson(row: Record<string, unknown>): unknown {
  const { id, file, title, date, outlet, url, text, blocks, bytes, hash } = row;
  return { id, file, title, date, outlet, url, text, blocks, bytes, hash };
}
