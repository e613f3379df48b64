import { createHash } from 'node:crypto';
import { type CorpusSettings, DEFAULT_CORPUS_SETTINGS } from '../corpus/corpus-settings.js';
import { decodeReportBytes } from '../corpus/decode-report-bytes.js';
import type { CorpusFile, CorpusWarning } from '../corpus/read-corpus-files.js';
import type { Block, BlockKind, Report } from '../corpus/report.js';
import type { Figure } from '../extract/figures/figure.js';
import type { Speaker } from '../extract/people/build-speaker-directory.js';
import type { Quote } from '../extract/quotes/quote.js';
import { loadSentenceIndex, serializeSentenceIndex } from '../search/sentence-index.js';
import type { Sentence } from '../sentences/sentence.js';
import { assembleCorpusIndex } from './assemble-corpus-index.js';
import { buildFingerprint } from './build-corpus-index.js';
import { compileCorpusAliases } from './compile-corpus-aliases.js';
import type { CorpusIndex } from './corpus-index.js';
import { internQuoteStrings } from './intern-quote-strings.js';
import { packSentences, SENTENCE_WIDTH, unpackSentences } from './pack-sentences.js';
import { loadQuoteCatalog, serializeQuoteCatalog } from './serialize-quote-catalog.js';

/**
 * Bump when the cache's shape, the cleaner, the splitter, the extractors, the analysis or the quote
 * catalog change: old caches are then rebuilt.
 */
export const CORPUS_CACHE_VERSION = 10;
const MAGIC = 'verbatim-corpus-index';
const SECTION_COUNT = 8;
const BLOCK_KINDS: readonly BlockKind[] = ['title', 'dateline', 'body'];
const UTF8 = new TextDecoder();

/** What a cache holds besides the index: the key of the files it was built from, and what parsing them warned about. */
export type CorpusCacheEntry = {
  /** `buildCorpusCacheKey` of the corpus files the index was built from. */
  readonly key: string;
  /** The warnings of `parseCorpusFiles` (a warm start does not parse, so it takes them from the cache). */
  readonly warnings: readonly CorpusWarning[];
};

/**
 * A report without its text (the decoded file) and what the file gives: id, file, title, date,
 * outlet, url, and its blocks as kind/start/end triples.
 */
type CompactReport = readonly [string, string, string | null, string | null, string | null, string | null, number[]];

/**
 * The cache key of a corpus's files: SHA-256 over the cache version and every file's relative path
 * and content hash, in the order read (path order). Any added, removed, renamed or changed file, or
 * a new cache version, gives another key. Pure.
 */
export function buildCorpusCacheKey(files: readonly Pick<CorpusFile, 'file' | 'hash'>[]): string {
  const hash = createHash('sha256').update(`${MAGIC} ${CORPUS_CACHE_VERSION}\n`);
  for (const { file, hash: fileHash } of files) hash.update(`${file}\0${fileHash}\n`);
  return hash.digest('hex');
}

/**
 * The index as cache sections, one line each, made one at a time as they are iterated (so a writer
 * that awaits between them holds one section in memory and leaves the event loop free between
 * them): the reports without their text (which is the decoded file), the parse warnings, the
 * sentences (five numbers each, in one flat array: their text is a slice of the report), figures,
 * quotes, speakers, the search index and the quote catalog; then, last, the header (`magic version
 * key fingerprint` and the SHA-256 of every section). A write torn anywhere therefore lacks the
 * header. Each section stays a separate string so a large corpus never needs one string longer
 * than V8 allows. Pure.
 */
export function* serializeCorpusIndex(index: CorpusIndex, entry: CorpusCacheEntry): Generator<string, void, undefined> {
  const sums: string[] = [];
  for (const make of listSectionMakers(index, entry)) {
    const section = make();
    sums.push(checksum(section));
    yield section;
  }
  yield [MAGIC, CORPUS_CACHE_VERSION, entry.key, index.fingerprint, ...sums].join(' ');
}

/** An index restored from a cache, with the parse warnings saved beside it. */
export type RestoredCorpusIndex = { readonly index: CorpusIndex; readonly warnings: readonly CorpusWarning[] };

/**
 * Restores an index, its reports included, from the lines `serializeCorpusIndex` wrote, as the
 * bytes of each line of the cache file (checked against their SHA-256 before they are decoded), for
 * the corpus files read now and their key. Each report's text is its file decoded again; nothing is
 * parsed or cleaned. Returns null, never throws, when the sections are not a whole cache of this
 * version for this key (another corpus, an older build, a torn or corrupted write), or do not fit
 * the files: the caller then rebuilds. `settings` are the corpus settings read now (the key covers
 * their file: see `loadOrBuildCorpusIndex`).
 */
export function deserializeCorpusIndex(
  sections: readonly Uint8Array[],
  files: readonly CorpusFile[],
  key: string,
  settings: CorpusSettings = DEFAULT_CORPUS_SETTINGS,
): RestoredCorpusIndex | null {
  const headerBytes = sections[sections.length - 1];
  const bodyBytes = sections.slice(0, -1);
  const [magic, version, cachedKey, fingerprint, ...sums] = UTF8.decode(headerBytes).split(' ');
  if (magic !== MAGIC || version !== String(CORPUS_CACHE_VERSION) || cachedKey !== key) return null;
  if (bodyBytes.length !== SECTION_COUNT || bodyBytes.some((section, i) => checksum(section) !== sums[i])) return null;
  // Each section is decoded where it is parsed, so no more than one JSON text is held at a time.
  const section = (i: number): string => UTF8.decode(bodyBytes[i]);
  try {
    const reports = restoreReports(JSON.parse(section(0)) as CompactReport[], files);
    if (buildFingerprint(reports) !== fingerprint) return null;
    const sentences = expandSentences(JSON.parse(section(2)) as number[], reports);
    const speakerJson = JSON.parse(section(5)) as { speakers: Speaker[]; speakerOfQuote: [string, string][] };
    const { quotes, speakers } = internQuoteStrings(
      JSON.parse(section(4)) as Quote[],
      { speakers: speakerJson.speakers, speakerOfQuote: new Map(speakerJson.speakerOfQuote) },
      reports,
      sentences,
    );
    const index = assembleCorpusIndex({
      reports,
      sentences,
      search: loadSentenceIndex(section(6), reports, sentences, compileCorpusAliases(settings)),
      figures: JSON.parse(section(3)) as Figure[],
      quotes,
      speakers,
      fingerprint,
      settings,
      quoteCatalog: loadQuoteCatalog(section(7), quotes, speakers),
    });
    return { index, warnings: JSON.parse(section(1)) as CorpusWarning[] };
  } catch {
    return null;
  }
}

/** The makers of the sections, in the order they are written. */
function listSectionMakers(index: CorpusIndex, entry: CorpusCacheEntry): (() => string)[] {
  const reports = (): string =>
    JSON.stringify(
      index.reports.map(
        (report): CompactReport => [
          report.id,
          report.file,
          report.title,
          report.date,
          report.outlet,
          report.url,
          report.blocks.flatMap((block) => [BLOCK_KINDS.indexOf(block.kind), block.start, block.end]),
        ],
      ),
    );
  // The numbers `packSentences` gives, as a JSON array.
  const sentences = (): string => JSON.stringify(Array.from(packSentences(index.reports, index.sentences)));
  const { speakers, speakerOfQuote } = index.speakers;
  return [
    reports,
    () => JSON.stringify(entry.warnings),
    sentences,
    () => JSON.stringify(index.figures),
    () => JSON.stringify(index.quotes),
    () => JSON.stringify({ speakers, speakerOfQuote: [...speakerOfQuote] }),
    () => serializeSentenceIndex(index.search),
    () => serializeQuoteCatalog(index.quoteCatalog, index.quotes),
  ];
}

/** The cached reports, their text and size taken from the files; throws when a file is missing or no longer decodes. */
function restoreReports(rows: readonly CompactReport[], files: readonly CorpusFile[]): Report[] {
  const byName = new Map(files.map((file) => [file.file, file]));
  return rows.map(([id, file, title, date, outlet, url, triples]) => {
    const source = byName.get(file);
    if (source === undefined) throw new RangeError(`The cache names file "${file}", which the corpus does not hold`);
    const decoded = decodeReportBytes(source.bytes);
    if (!decoded.ok) throw new RangeError(`The cache names file "${file}", which no longer decodes: ${decoded.reason}`);
    const blocks: Block[] = [];
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const kind = BLOCK_KINDS[triples[i] ?? -1];
      if (kind === undefined) throw new RangeError(`The cache holds an unknown block kind in "${file}"`);
      blocks.push({ kind, start: triples[i + 1] ?? 0, end: triples[i + 2] ?? 0 });
    }
    // The same key order as parseReport, so a restored report serialises exactly as a parsed one.
    return {
      id,
      file,
      title,
      date,
      outlet,
      url,
      text: decoded.text,
      blocks,
      bytes: source.bytes.length,
      hash: source.hash,
    };
  });
}

/** The cached sentences (`unpackSentences`); throws when the section is cut short or names a report the cache does not hold. */
function expandSentences(numbers: readonly number[], reports: readonly Report[]): Sentence[] {
  if (numbers.length % SENTENCE_WIDTH !== 0) throw new RangeError('The cache holds a sentence cut short');
  return unpackSentences(numbers, reports);
}

/** SHA-256 of a section's UTF-8 bytes (hashing the bytes read is 4× faster than encoding the string again). */
function checksum(section: string | Uint8Array): string {
  return createHash('sha256').update(section).digest('hex');
}
