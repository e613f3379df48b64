import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collapseWhiteSpace } from './collapse-white-space.js';
import type { ConversionResult } from './converted-report.js';
import { readIsoDate } from './read-iso-date.js';

/** The DOM surface this file reads; linkedom's nodes satisfy it. */
type DomNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
};
type DomElement = DomNode & { getAttribute(name: string): string | null };
type DomDocument = {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};

/** Elements whose text is one paragraph, unless they hold another such element. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DT',
  'FIGCAPTION',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'P',
  'PRE',
  'SECTION',
  'TD',
  'TH',
]);
const ELEMENT_NODE = 1;

/**
 * Reads a saved or fetched web page as a report: the article text found by Mozilla's Readability
 * (the Firefox Reader View extractor) over a linkedom DOM, as paragraphs, and the page's metadata:
 *
 * - `title`: Readability's title (the headline without the site's name), else `og:title`, else the first `<h1>`;
 * - `byline`: Readability's byline (from the page's author markup);
 * - `outlet`: `og:site_name`, else the JSON-LD publisher's name;
 * - `date`: `article:published_time`, else JSON-LD `datePublished`, else the first `<time datetime>`,
 *   as the calendar day written there;
 * - `url`: `<link rel="canonical">`, else `og:url` (absolute http(s) addresses only).
 *
 * Returns `{ ok: false }` for a page with no article text. Never throws; no network, no scripts run.
 * Deterministic: the same page always gives the same report.
 *
 * @example
 * convertHtml('<html><head><meta property="og:site_name" content="Harbour Gazette">…') // { ok: true, report: { outlet: 'Harbour Gazette', … } }
 */
export function convertHtml(html: string): ConversionResult {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Rule: read the metadata before Readability, which changes the document as it works.
  const metadata = readPageMetadata(document);
  let article: ReturnType<Readability<DomNode>['parse']>;
  try {
    article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  } catch {
    article = null;
  }
  const paragraphs = article?.content ? collectParagraphs(article.content) : [];
  const title = collapseWhiteSpace(article?.title ?? '') || metadata.title;
  const body = paragraphs.filter((paragraph, i) => !(i === 0 && paragraph === title));
  if (body.length === 0) return { ok: false, reason: 'page has no article text' };
  return {
    ok: true,
    report: {
      title: title || null,
      byline: collapseWhiteSpace(article?.byline ?? '') || null,
      outlet: metadata.outlet ?? (collapseWhiteSpace(article?.siteName ?? '') || null),
      date: metadata.date ?? readIsoDate(article?.publishedTime ?? ''),
      url: metadata.url,
      paragraphs: body,
    },
  };
}

type PageMetadata = { title: string; outlet: string | null; date: string | null; url: string | null };

function readPageMetadata(document: DomDocument): PageMetadata {
  const meta = (key: string) =>
    collapseWhiteSpace(
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '',
    );
  const jsonLd = readJsonLd(document);
  const timeElement = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  const dates = [meta('article:published_time'), findJsonLdString(jsonLd, 'datePublished'), timeElement];
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return {
    title: meta('og:title') || collapseWhiteSpace(document.querySelector('h1')?.textContent ?? ''),
    outlet: meta('og:site_name') || findPublisherName(jsonLd),
    date: dates.map(readIsoDate).find((date) => date !== null) ?? null,
    url: [canonical, meta('og:url')].map(readWebAddress).find((url) => url !== null) ?? null,
  };
}

/** Every JSON-LD object on the page, in document order; scripts that are not valid JSON are skipped. */
function readJsonLd(document: DomDocument): unknown[] {
  return Array.from(document.querySelectorAll('script[type="application/ld+json"]')).flatMap((script) => {
    try {
      return [JSON.parse(script.textContent ?? '') as unknown];
    } catch {
      return [];
    }
  });
}

/** The first string value of `key` in the JSON-LD, searched depth first (arrays and `@graph` too). */
function findJsonLdString(values: readonly unknown[], key: string): string {
  for (const value of values) {
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Record<string, unknown>;
    const own = record[key];
    if (typeof own === 'string' && own.trim() !== '') return own;
    const nested = findJsonLdString(Array.isArray(value) ? value : Object.values(record), key);
    if (nested !== '') return nested;
  }
  return '';
}

function findPublisherName(values: readonly unknown[]): string | null {
  for (const value of values.flatMap((v) => (Array.isArray(v) ? v : [v]))) {
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Record<string, unknown>;
    const publisher = record['publisher'] as Record<string, unknown> | undefined;
    const name = publisher?.['name'];
    if (typeof name === 'string' && name.trim() !== '') return collapseWhiteSpace(name);
    const graph = record['@graph'];
    if (Array.isArray(graph)) {
      const found = findPublisherName(graph);
      if (found !== null) return found;
    }
  }
  return null;
}

function readWebAddress(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The text of each innermost block element under `root`, in document order, empty ones left out. */
function collectParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  const visit = (node: DomNode): boolean => {
    // Returns whether `node` is or holds a block element, so its parent knows not to be a paragraph itself.
    let holdsBlock = false;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE && visit(child)) holdsBlock = true;
    }
    const isBlock = node.nodeType === ELEMENT_NODE && BLOCK_ELEMENTS.has(node.nodeName.toUpperCase());
    if (isBlock && !holdsBlock) {
      const text = collapseWhiteSpace(node.textContent ?? '');
      if (text !== '') paragraphs.push(text);
    }
    return isBlock || holdsBlock;
  };
  visit(root);
  return paragraphs;
}
