import { createHash } from 'node:crypto';
import type { Report } from '../corpus/report.js';
import type { Speaker } from '../extract/build-speaker-directory.js';
import type { Figure } from '../extract/figure.js';
import type { Quote } from '../extract/quote.js';
import { buildSentenceId, type Sentence } from '../search/sentence.js';
import { loadSentenceIndex, serializeSentenceIndex } from '../search/sentence-index.js';
import { assembleCorpusIndex } from './assemble-corpus-index.js';
import type { CorpusIndex } from './corpus-index.js';

/** Bump when the cache's shape, the splitter, the extractors or the analysis change: old caches are then rebuilt. */
export const CORPUS_CACHE_VERSION = 2;
const MAGIC = 'verbatim-corpus-index';
const SECTION_COUNT = 5;

/** A sentence without its text (a slice of its report's text): report position, ordinal, block, start, end. */
type CompactSentence = readonly [number, number, number, number, number];

/**
 * The index as cache sections, one line each: a header (`magic version fingerprint` and the SHA-256
 * of every other section), then sentences (without their text, which is a slice of the report),
 * figures, quotes, speakers and the search index. Each section stays a separate string so a large
 * corpus never needs one string longer than V8 allows. The reports are not stored: the caller reads
 * them from the corpus and checks them against the fingerprint. Pure.
 */
export function serializeCorpusIndex(index: CorpusIndex): string[] {
  const position = new Map(index.reports.map((report, i) => [report.id, i]));
  const sentences: CompactSentence[] = index.sentences.map((sentence) => [
    position.get(sentence.reportId) ?? -1,
    sentence.ordinal,
    sentence.block,
    sentence.start,
    sentence.end,
  ]);
  const speakers = { speakers: index.speakers.speakers, speakerOfQuote: [...index.speakers.speakerOfQuote] };
  const sections = [
    JSON.stringify(sentences),
    JSON.stringify(index.figures),
    JSON.stringify(index.quotes),
    JSON.stringify(speakers),
    serializeSentenceIndex(index.search),
  ];
  return [[MAGIC, CORPUS_CACHE_VERSION, index.fingerprint, ...sections.map(checksum)].join(' '), ...sections];
}

/**
 * Restores an index from the sections `serializeCorpusIndex` wrote, for the reports it was built
 * from (in id order, as `buildCorpusIndex` orders them) and their fingerprint. Returns null, never
 * throws, when the sections are not a whole cache of this version for this fingerprint (another
 * corpus, an older build, a torn or corrupted write): the caller then rebuilds.
 */
export function deserializeCorpusIndex(
  sections: readonly string[],
  reports: readonly Report[],
  fingerprint: string,
): CorpusIndex | null {
  const [header = '', ...body] = sections;
  const [magic, version, cachedFingerprint, ...sums] = header.split(' ');
  if (magic !== MAGIC || version !== String(CORPUS_CACHE_VERSION) || cachedFingerprint !== fingerprint) return null;
  if (body.length !== SECTION_COUNT || body.some((section, i) => checksum(section) !== sums[i])) return null;
  try {
    const [sentenceJson = '', figureJson = '', quoteJson = '', speakerJson = '', searchJson = ''] = body;
    const sentences = (JSON.parse(sentenceJson) as CompactSentence[]).map((row) => expandSentence(row, reports));
    const speakerJsonValue = JSON.parse(speakerJson) as { speakers: Speaker[]; speakerOfQuote: [string, string][] };
    return assembleCorpusIndex({
      reports,
      sentences,
      search: loadSentenceIndex(searchJson, reports, sentences),
      figures: JSON.parse(figureJson) as Figure[],
      quotes: JSON.parse(quoteJson) as Quote[],
      speakers: { speakers: speakerJsonValue.speakers, speakerOfQuote: new Map(speakerJsonValue.speakerOfQuote) },
      fingerprint,
    });
  } catch {
    return null;
  }
}

function expandSentence([position, ordinal, block, start, end]: CompactSentence, reports: readonly Report[]): Sentence {
  const report = reports[position];
  if (report === undefined) throw new RangeError(`The cache names report ${position}, which the corpus does not hold`);
  const reportId = report.id;
  return {
    id: buildSentenceId(reportId, ordinal),
    reportId,
    ordinal,
    block,
    start,
    end,
    text: report.text.slice(start, end),
  };
}

function checksum(section: string): string {
  return createHash('sha256').update(section, 'utf8').digest('hex');
}
