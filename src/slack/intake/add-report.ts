import type { webApi } from '@slack/bolt';
import { type AddReportOutcome, addReportFile } from '../../corpus/add-report-file.js';
import { DEFAULT_CORPUS_SETTINGS } from '../../corpus/corpus-settings.js';
import { parseReport } from '../../corpus/parse-report.js';
import { extractFigures } from '../../extract/figures/extract-figures.js';
import { buildSideLexicon } from '../../extract/sides/side-lexicon.js';
import { splitSentences } from '../../sentences/split-sentences.js';
import { type FetchedSource, type FetchLimits, fetchReportSource } from './fetch-report-source.js';
import { type Adders, isAllowedToAdd } from './is-allowed-to-add.js';
import type { IntakeResult } from './render-intake-message.js';

/** What adding reports needs: the corpus folder, who may add, the fetch limits and the bot token for Slack files. */
export type IntakeDeps = {
  readonly corpusDir: string;
  readonly adders: Adders;
  readonly limits: Omit<FetchLimits, 'headersFor'>;
  readonly botToken: string;
  /** Hosts the bot token may be sent to for file downloads, besides Slack's own (`*.slack.com`): the `SLACK_API_URL` host. */
  readonly fileHosts: readonly string[];
};

/** A report to add: a web address, or a file shared in Slack (by id). */
export type IntakeSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly fileId: string };

/**
 * Adds one report from Slack: checks that the person may add (`isAllowedToAdd`), fetches the page
 * (`fetchReportSource`) or the shared file (`files.info`, then its `url_private` with the bot token,
 * sent to Slack's file hosts only), writes it into the corpus folder (`addReportFile`) and counts
 * its sentences and figures as the index will. Every refusal is a result, not an exception.
 *
 * @example
 * await addReport({ kind: 'url', url }, { intake, client, who: { userId, channelId } }) // { kind: 'added', … }
 */
export async function addReport(
  source: IntakeSource,
  context: { intake: IntakeDeps; client: webApi.WebClient; who: { userId: string; channelId: string | null } },
): Promise<IntakeResult> {
  const { intake, who } = context;
  if (!isAllowedToAdd(intake.adders, who)) return { kind: 'not-allowed' };
  const what = source.kind === 'url' ? source.url : 'the file';
  const fetched =
    source.kind === 'url' ? await fetchPage(source.url, intake) : await fetchSlackFile(source.fileId, context);
  if (!fetched.ok) return { kind: 'refused', what, reason: fetched.reason };
  const outcome = await addReportFile(intake.corpusDir, {
    bytes: fetched.bytes,
    format: fetched.format,
    sourceUrl: source.kind === 'url' ? fetched.url : null,
    fileName: fetched.fileName,
  });
  return describeOutcome(outcome, what);
}

type Fetched =
  | (FetchedSource & { readonly ok: false })
  | (FetchedSource & { readonly ok: true; readonly fileName: string | null });

async function fetchPage(url: string, intake: IntakeDeps): Promise<Fetched> {
  const fetched = await fetchReportSource(url, intake.limits);
  return fetched.ok ? { ...fetched, fileName: null } : fetched;
}

async function fetchSlackFile(
  fileId: string,
  { intake, client }: { intake: IntakeDeps; client: webApi.WebClient },
): Promise<Fetched> {
  const info = await client.files.info({ file: fileId });
  const file = info.file;
  const address = file?.url_private_download ?? file?.url_private;
  if (file === undefined || address === undefined) return { ok: false, reason: 'Slack did not give the file' };
  const format = readFileFormat(file.name ?? '', file.mimetype ?? '');
  if (format === null) return { ok: false, reason: 'it is not a web page or a PDF' };
  const token = `Bearer ${intake.botToken}`;
  const fetched = await fetchReportSource(address, {
    ...intake.limits,
    genericAs: format,
    headersFor: (url) => (isFileHost(url, intake.fileHosts) ? { authorization: token } : {}),
  });
  return fetched.ok ? { ...fetched, fileName: file.name ?? null } : fetched;
}

/** A shared file's format from its type or name (`.html`, `.htm`, `.pdf`), or null for any other file. */
function readFileFormat(name: string, mimetype: string): 'html' | 'pdf' | null {
  if (mimetype === 'application/pdf' || /\.pdf$/iu.test(name)) return 'pdf';
  if (mimetype === 'text/html' || mimetype === 'application/xhtml+xml' || /\.html?$/iu.test(name)) return 'html';
  return null;
}

/** Slack's file hosts (`files.slack.com` and the like) and the configured API host; never any other. */
function isFileHost(url: URL, fileHosts: readonly string[]): boolean {
  const isSlackHost =
    url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'));
  return isSlackHost || fileHosts.includes(url.host);
}

function describeOutcome(outcome: AddReportOutcome, what: string): IntakeResult {
  if (outcome.kind === 'refused') return { kind: 'refused', what, reason: outcome.reason };
  if (outcome.kind === 'duplicate') return outcome;
  const report = parseReport(outcome.file, outcome.text, new TextEncoder().encode(outcome.text).length);
  const sentences = splitSentences(report);
  return {
    kind: 'added',
    file: outcome.file,
    report: outcome.report,
    sentences: sentences.length,
    // A count only: which side each figure counts does not change how many there are, so the
    // gazetteer's sides serve (about 24 ms to build, once per report added).
    figures: extractFigures(report, sentences, { lexicon: buildSideLexicon(DEFAULT_CORPUS_SETTINGS) }).length,
    replaces: outcome.replaces,
  };
}
