import { escapeHtml } from './escape-html.js';
import { renderMrkdwnHtml } from './render-mrkdwn-html.js';

/**
 * Block Kit blocks (as Verbatim's block renderers build them) as HTML: a header as `<h2>`, a
 * section as a paragraph, a context block as a small paragraph with its elements one per line, a
 * divider as `<hr>`. Buttons and other interactive parts have no meaning outside Slack and are left
 * out. Blocks are read defensively (they are typed loosely here so `render/html` needs no Slack
 * types). Deterministic.
 */
export function renderBlocksHtml(blocks: readonly unknown[]): string {
  return blocks
    .map(renderBlock)
    .filter((html) => html !== '')
    .join('\n');
}

function renderBlock(block: unknown): string {
  if (!isRecord(block)) return '';
  switch (block['type']) {
    case 'header':
      return `<h2>${escapeHtml(readText(block['text']))}</h2>`;
    case 'section': {
      const fields = Array.isArray(block['fields']) ? block['fields'].map(renderTextObject) : [];
      const parts = [renderTextObject(block['text']), ...fields].filter((html) => html !== '');
      return parts.length === 0 ? '' : `<p class="section">${parts.join('<br>\n')}</p>`;
    }
    case 'context': {
      const elements = Array.isArray(block['elements']) ? block['elements'].map(renderTextObject) : [];
      const parts = elements.filter((html) => html !== '');
      return parts.length === 0 ? '' : `<p class="context">${parts.join('<br>\n')}</p>`;
    }
    case 'divider':
      return '<hr>';
    default:
      return '';
  }
}

function renderTextObject(value: unknown): string {
  if (!isRecord(value)) return '';
  const text = readText(value);
  return value['type'] === 'mrkdwn' ? renderMrkdwnHtml(text) : escapeHtml(text);
}

function readText(value: unknown): string {
  return isRecord(value) && typeof value['text'] === 'string' ? value['text'] : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
