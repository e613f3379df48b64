import { answerQuestion } from '../answer/answer-question.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { type CorpusManifest, toCorpusManifest } from '../index/corpus-manifest.js';
import type { LinkCitations } from '../reader/create-citation-linker.js';
import type { AnswerFunction, AnswerPage } from './answer-slack-question.js';
import { type AskCorpus, askCorpusInProcess } from './ask-corpus-in-process.js';
import { createPageAnswerer } from './create-page-answerer.js';

/**
 * What the Slack app reads the corpus through: the manifest (fingerprint, reports' metadata, stale
 * flag), and the answer worker pool for everything that reads text (`answerPage`, `askCorpus`).
 * `startVerbatim` gives the pool's; tests and tools holding an index give `serveIndexInProcess`'s.
 */
export type SlackCorpus = {
  readonly getManifest: () => CorpusManifest;
  readonly answerPage: AnswerPage;
  readonly askCorpus: AskCorpus;
};

/** How an index is served in process: the answer function, the citation linker and the reader's secret. */
export type InProcessOptions = {
  /** Replaces `answerQuestion` (tests use a slow or failing one). */
  readonly answer?: AnswerFunction;
  readonly linkCitations?: LinkCitations;
  /** `READER_SECRET` for reader pages, or null (the default) with the reader off. */
  readonly secret?: string | null;
};

/**
 * Serves the index `getIndex` returns at the time of each request, on this thread (tests, `bench/`):
 * its manifest (made once per index), its pages and its corpus queries, exactly as an answer worker
 * would answer them from the same index.
 */
export function serveIndexInProcess(getIndex: () => CorpusIndex, options: InProcessOptions = {}): SlackCorpus {
  const manifests = new WeakMap<CorpusIndex, CorpusManifest>();
  return {
    getManifest: () => {
      const index = getIndex();
      const known = manifests.get(index);
      if (known !== undefined) return known;
      const made = toCorpusManifest(index);
      manifests.set(index, made);
      return made;
    },
    answerPage: createPageAnswerer({
      getIndex,
      answer: options.answer ?? answerQuestion,
      ...(options.linkCitations === undefined ? {} : { linkCitations: options.linkCitations }),
    }),
    askCorpus: askCorpusInProcess(getIndex, options.secret ?? null),
  };
}
