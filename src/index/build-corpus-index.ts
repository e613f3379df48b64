import { createHash } from 'node:crypto';
import { type CorpusSettings, DEFAULT_CORPUS_SETTINGS } from '../corpus/corpus-settings.js';
import type { Report } from '../corpus/report.js';
import { extractFigures } from '../extract/figures/extract-figures.js';
import { buildSpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import { extractQuotes } from '../extract/quotes/extract-quotes.js';
import { buildSideLexicon } from '../extract/sides/side-lexicon.js';
import { buildSentenceIndex } from '../search/sentence-index.js';
import type { Sentence } from '../sentences/sentence.js';
import { splitSentences } from '../sentences/split-sentences.js';
import { assembleCorpusIndex } from './assemble-corpus-index.js';
import { compileCorpusAliases } from './compile-corpus-aliases.js';
import type { CorpusIndex } from './corpus-index.js';

/** What a corpus index is built with besides the reports. */
export type BuildCorpusIndexOptions = {
  /** The corpus settings (`verbatim.yml`); `DEFAULT_CORPUS_SETTINGS` when absent. */
  readonly settings?: CorpusSettings;
};

/**
 * Splits, indexes and extracts every report once. Pure: the same reports and settings give the same index.
 *
 * Reports are ordered by id first, so the order the files were read in never matters.
 *
 * @example
 * const { reports } = await loadCorpus('seeds');
 * const index = buildCorpusIndex(reports);
 */
export function buildCorpusIndex(reports: readonly Report[], options: BuildCorpusIndexOptions = {}): CorpusIndex {
  const settings = options.settings ?? DEFAULT_CORPUS_SETTINGS;
  const lexicon = buildSideLexicon(settings);
  const ordered = orderReports(reports);
  const sentences: Sentence[] = [];
  const figures = [];
  const quotes = [];
  for (const report of ordered) {
    const own = splitSentences(report);
    sentences.push(...own);
    figures.push(...extractFigures(report, own, { lexicon }));
    quotes.push(...extractQuotes(report, own));
  }
  return assembleCorpusIndex({
    reports: ordered,
    sentences,
    search: buildSentenceIndex(ordered, sentences, {
      aliases: compileCorpusAliases(settings),
    }),
    figures,
    quotes,
    speakers: buildSpeakerDirectory(quotes),
    fingerprint: buildFingerprint(ordered),
    settings,
    lexicon,
  });
}

/** The reports (or their metadata) in the order every index holds them: by id, in code-unit order. */
export function orderReports<T extends Pick<Report, 'id'>>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => compareStrings(a.id, b.id));
}

/** SHA-256 over the reports' paths and content hashes, in the order given (`orderReports` first). */
export function buildFingerprint(reports: readonly Pick<Report, 'file' | 'hash'>[]): string {
  const hash = createHash('sha256');
  for (const report of reports) hash.update(`${report.file}\0${report.hash}\n`);
  return hash.digest('hex');
}

/** Code-unit order: locale-independent, so ids sort the same on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
