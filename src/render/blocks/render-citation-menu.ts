import type { Overflow } from '@slack/types';
import type { Citation } from '../../answer/answer.js';

/** The action id of the citation menu on every claim and excerpt (`slack-ids.ts` lists it with the others). */
export const CITATION_MENU_ACTION_ID = 'verbatim_copy_citation';

/** What a click on the menu asks for: the citation line alone, or the sentence with it. */
export type CitationCopyKind = 'citation' | 'excerpt';

/** A citation menu choice: where the sentence is (a report file and offsets) and what to copy. */
export type CitationMenuValue = {
  readonly kind: CitationCopyKind;
  readonly file: string;
  readonly start: number;
  readonly end: number;
};

/** Characters in an overflow option's value (Slack's limit). */
const MAX_OPTION_VALUE = 150;

const KIND_CODES: Readonly<Record<CitationCopyKind, string>> = { citation: 'c', excerpt: 'q' };
const VALUE = /^([cq]):(\d{1,9})-(\d{1,9}):(.+)$/s;

/**
 * The "⋯" menu beside a claim or an excerpt: "Copy citation" and "Copy excerpt and citation". Each
 * choice carries only the report file and the sentence's offsets (the answer is not stored), so a
 * click can cite it again from the index. Returns null when the file name is too long for Slack's
 * 150-character option value: the claim is then shown without a menu, never with a cut value.
 * Fixed labels; deterministic.
 */
export function renderCitationMenu(citation: Citation): Overflow | null {
  const kinds: readonly CitationCopyKind[] = ['citation', 'excerpt'];
  const values = kinds.map((kind) => encodeCitationMenuValue({ kind, ...citation }));
  if (values.some((value) => value.length > MAX_OPTION_VALUE)) return null;
  return {
    type: 'overflow',
    action_id: CITATION_MENU_ACTION_ID,
    options: [
      { text: { type: 'plain_text', text: 'Copy citation', emoji: false }, value: values[0] as string },
      { text: { type: 'plain_text', text: 'Copy excerpt and citation', emoji: false }, value: values[1] as string },
    ],
  };
}

/** `q:120-188:report.txt`: the kind, the offsets, then the file (last, so it may hold any character). */
export function encodeCitationMenuValue(value: CitationMenuValue): string {
  return `${KIND_CODES[value.kind]}:${value.start}-${value.end}:${value.file}`;
}

/** Reads a menu choice back; null for anything Verbatim did not write (the value comes back from Slack). */
export function decodeCitationMenuValue(encoded: string | undefined): CitationMenuValue | null {
  const match = VALUE.exec(encoded ?? '');
  if (match === null) return null;
  const [, code, start, end, file] = match as unknown as [string, string, string, string, string];
  const startAt = Number(start);
  const endAt = Number(end);
  if (endAt <= startAt) return null;
  return { kind: code === 'c' ? 'citation' : 'excerpt', file, start: startAt, end: endAt };
}
