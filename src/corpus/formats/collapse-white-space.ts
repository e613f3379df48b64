/**
 * The text with every run of white space (line breaks included) turned into one space, and none at
 * either end: how a converted report's title, metadata and paragraphs are written. Pure.
 *
 * @example
 * collapseWhiteSpace('  Dock\n workers\tstrike ') // 'Dock workers strike'
 */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
