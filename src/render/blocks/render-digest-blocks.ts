import type { ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { Citation, Excerpt } from '../../answer/answer.js';
import type { Digest, DigestReport } from '../../answer/digest.js';
import {
  isNewHeading,
  renderDigestEmptyLine,
  renderDigestFigureLine,
  renderDigestGroupHeading,
  renderDigestSpeaker,
  renderDigestSummary,
  renderDigestTotals,
} from '../text/render-digest-text.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderMarkedMrkdwn } from './render-marked-mrkdwn.js';
import { renderMrkdwnLink } from './render-mrkdwn-link.js';

/** One Slack message of a digest: Block Kit blocks and their plain-text fallback. */
export type DigestMessage = { readonly text: string; readonly blocks: readonly KnownBlock[] };

/** Slack's limits (Block Kit reference), with the part footer counted in. */
export const DIGEST_BLOCK_LIMITS = { blocksPerMessage: 50, sectionText: 3000, headerText: 150, contextElements: 10 };

const SHORTENED = ' … (shortened: see the cited file)';

/**
 * Renders a digest as Slack messages. The first message goes to the channel, every further one
 * into its thread. Each message holds at most 50 blocks, each section text at most 3,000
 * characters and the header at most 150; an item (a report, a figure, a quote) is never split
 * across messages, and a heading stays with its first item. Report text gets the same protection as
 * every answer: it is escaped by `escapeMrkdwn` (no mention, link, mrkdwn formatting or invisible
 * control survives) and every text object is `verbatim: true`, so Slack links no channel name, URL
 * or bare `@here` in it. Deterministic.
 *
 * @example
 * const [first, ...thread] = renderDigestBlocks(digest);
 */
export function renderDigestBlocks(digest: Digest): DigestMessage[] {
  const intro: KnownBlock[] = [header(`Verbatim digest · ${digest.date}`)];
  const since = digest.since === null ? 'First digest' : `Changes since ${digest.since}`;
  intro.push(context([`${since} · Corpus: ${renderDigestTotals(digest)}`]));
  if (digest.isEmpty)
    return [{ text: renderDigestSummary(digest), blocks: [...intro, section(renderDigestEmptyLine(digest))] }];
  const pages = packPages(buildUnits(digest), DIGEST_BLOCK_LIMITS.blocksPerMessage - 1, intro.length);
  return pages.map((units, i) => {
    const part = `part ${i + 1} of ${pages.length}`;
    const blocks = [...(i === 0 ? intro : [context([`Verbatim digest · ${digest.date} · ${part}`])]), ...units.flat()];
    if (i === 0 && pages.length > 1) blocks.push(context([`Continued in the thread (${pages.length} parts)`]));
    return { text: i === 0 ? renderDigestSummary(digest) : `Verbatim digest · ${digest.date} · ${part}`, blocks };
  });
}

type Unit = readonly KnownBlock[];

function buildUnits(digest: Digest): Unit[] {
  const units: Unit[] = [];
  const withHeading = (heading: string, items: Unit[]) => {
    const [first, ...rest] = items;
    if (first) units.push([section(heading), ...first], ...rest);
  };
  withHeading(`*New and changed reports (${digest.reports.length})*`, digest.reports.map(reportUnit));
  const removed = digest.removed.map((file) => `• ${escapeMrkdwn(file)}`);
  withHeading(
    `*Removed (${digest.removed.length})*`,
    chunkLines(removed).map((text) => [section(text)]),
  );
  const figureUnits = digest.figures.flatMap((group, i) => {
    const rows = group.figures.map((row): Unit => {
      const line = renderDigestFigureLine(group, row, escapeMrkdwn);
      const notes = row.previous === null ? [] : [`Previously: ${citationText(row.previous.citation)}`];
      return excerptUnit(line, row, [...notes, ...row.alsoIn.map((e) => `Also in: ${citationText(e.citation)}`)]);
    });
    const [first, ...rest] = rows;
    if (!first) return [];
    if (!isNewHeading(digest.figures[i - 1], group)) return rows;
    return [[section(`*${renderDigestGroupHeading(group)}*`), ...first], ...rest];
  });
  withHeading('*New figures*', figureUnits);
  const quoteUnits = digest.quotes.flatMap((group) => {
    const rows = group.quotes.map((quote) =>
      excerptUnit(null, quote, [
        ...(quote.isCut ? ['The copy cuts this quote off'] : []),
        ...quote.alsoIn.map((e) => `Also in: ${citationText(e.citation)}`),
      ]),
    );
    const [first, ...rest] = rows;
    return first ? [[section(`*${renderDigestSpeaker(group, escapeMrkdwn)}*`), ...first], ...rest] : [];
  });
  withHeading('*New quotes*', quoteUnits);
  return units;
}

function reportUnit(report: DigestReport): Unit {
  const title = `*${escapeMrkdwn(report.title ?? report.file)}*${report.status === 'changed' ? ' (changed)' : ''}`;
  const meta = `${escapeMrkdwn(report.outlet ?? 'outlet unknown')} · ${report.date ?? 'undated'}`;
  const lead = report.lead === null ? '_(no body text)_' : quoteExcerpt(report.lead);
  const where = report.lead === null ? report.file : `${report.lead.citation.file}:${span(report.lead.citation)}`;
  const reader = report.lead?.citation.link?.reader;
  const whereText = reader === undefined ? escapeMrkdwn(where) : renderMrkdwnLink(reader, escapeMrkdwn(where));
  const notes = [whereText, ...(report.url === null ? [] : [escapeMrkdwn(report.url)])];
  return [section(`${title}\n${meta}\n${lead}`), context(notes)];
}

function excerptUnit(line: string | null, excerpt: Excerpt, notes: readonly string[]): Unit {
  const body = quoteExcerpt(excerpt);
  return [section(line === null ? body : `${line}\n${body}`), context([citationText(excerpt.citation), ...notes])];
}

/** The excerpt as a Slack quote with its marks in bold; line breaks shown as spaces. */
function quoteExcerpt(excerpt: Excerpt): string {
  const pieces = renderMarkedMrkdwn(excerpt.citation.sentence, excerpt.marks, DIGEST_BLOCK_LIMITS.sectionText);
  return `> “${pieces.join(' ')}”`;
}

function citationText(citation: Citation): string {
  const title = `_${escapeMrkdwn(citation.title ?? citation.file)}_`;
  const outlet = escapeMrkdwn(citation.outlet ?? 'outlet unknown');
  const where = `${escapeMrkdwn(citation.file)}:${span(citation)}`;
  const linked = citation.link === undefined ? where : renderMrkdwnLink(citation.link.reader, where);
  const original = citation.link?.original ?? null;
  const tail = original === null ? '' : ` · ${renderMrkdwnLink(original, escapeMrkdwn(original))}`;
  return `${title} · ${outlet} · ${citation.date ?? 'undated'} · ${linked}${tail}`;
}

function span(citation: Citation): string {
  return `${citation.start}-${citation.end}`;
}

/** Greedy packing: units in order, as many per page as fit; the first page also holds the intro. */
function packPages(units: readonly Unit[], budget: number, introBlocks: number): Unit[][] {
  const pages: Unit[][] = [[]];
  let used = introBlocks;
  for (const unit of units) {
    const page = pages[pages.length - 1];
    if (page && (page.length === 0 || used + unit.length <= budget)) {
      page.push(unit);
      used += unit.length;
    } else {
      pages.push([unit]);
      used = 1 + unit.length;
    }
  }
  return pages;
}

/** Joins lines into texts of at most the section limit. */
function chunkLines(lines: readonly string[]): string[] {
  const chunks: string[] = [];
  for (const line of lines) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= DIGEST_BLOCK_LIMITS.sectionText)
      chunks[chunks.length - 1] = `${last}\n${line}`;
    else chunks.push(line);
  }
  return chunks;
}

function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: fitText(text, DIGEST_BLOCK_LIMITS.headerText) } };
}

function section(text: string): SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: fitText(text, DIGEST_BLOCK_LIMITS.sectionText), verbatim: true },
  };
}

function context(texts: readonly string[]): ContextBlock {
  const max = DIGEST_BLOCK_LIMITS.contextElements;
  // Rule: nothing is dropped silently; past the element limit, the last element says how many more.
  const elements =
    texts.length <= max ? texts : [...texts.slice(0, max - 1), `…and ${texts.length - max + 1} more places`];
  return {
    type: 'context',
    elements: elements.map((text) => ({
      type: 'mrkdwn',
      text: fitText(text, DIGEST_BLOCK_LIMITS.sectionText),
      verbatim: true,
    })),
  };
}

/** Cuts a text to a limit with a note, never inside an escape entity such as `&amp;`. */
function fitText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = limit > SHORTENED.length * 2 ? SHORTENED : '…';
  let cut = text.slice(0, limit - note.length);
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  return cut + note;
}
