import type { Mark } from '../../answer/answer.js';
import { escapeMrkdwnAt } from './escape-mrkdwn.js';

/** A white-space character (one regular expression for every character of every sentence). */
const WHITE_SPACE = /\s/u;

/** One visible character (or a collapsed run of white space) after escaping. */
type Atom = { readonly text: string; readonly isBold: boolean; readonly isSpace: boolean };

/**
 * Renders a cited sentence as mrkdwn with its marked ranges in bold, split into pieces of at most
 * `maxLength` characters (a section's limit) so nothing is cut.
 *
 * - Every character of the sentence is escaped on its own, so a piece never ends inside `&amp;`.
 * - White space runs (line breaks included) are shown as one space; the citation still points at the file.
 * - Overlapping or touching marks are merged; spaces at the edge of a mark are kept outside the `*`.
 * - Pieces break at a space when one fits, else between two characters (never inside a surrogate pair).
 *
 * Deterministic. Returns at least one piece; the pieces joined with spaces read as the whole sentence.
 *
 * @example
 * renderMarkedMrkdwn('Some 500 <died>', [{ start: 5, end: 8 }], 3000); // ['Some *500* &lt;died&gt;']
 */
export function renderMarkedMrkdwn(text: string, marks: readonly Mark[], maxLength: number): string[] {
  if (maxLength < 8) throw new RangeError(`Cannot split mrkdwn into pieces of ${maxLength} characters`);
  const atoms = buildAtoms(text, marks);
  const pieces: string[] = [];
  let start = skipSpaces(atoms, 0);
  while (start < atoms.length) {
    let length = 0;
    let end = start;
    let lastSpace = -1;
    for (let i = start; i < atoms.length; i += 1) {
      const atom = atoms[i] as Atom;
      const opensBold = atom.isBold && !(i > start && (atoms[i - 1] as Atom).isBold);
      const added = atom.text.length + (opensBold ? 2 : 0);
      if (length + added > maxLength) break;
      length += added;
      end = i + 1;
      if (atom.isSpace) lastSpace = i;
    }
    const cut = end >= atoms.length || lastSpace <= start ? end : lastSpace;
    pieces.push(renderAtoms(atoms.slice(start, cut)));
    start = skipSpaces(atoms, cut);
  }
  return pieces.length > 0 ? pieces : [''];
}

function buildAtoms(text: string, marks: readonly Mark[]): Atom[] {
  const bold = new Uint8Array(text.length);
  for (const mark of marks) bold.fill(1, Math.max(0, mark.start), Math.min(text.length, mark.end));
  const atoms: Atom[] = [];
  let offset = 0;
  for (const char of text) {
    const at = offset;
    const isBold = bold[at] === 1;
    offset += char.length;
    // U+FEFF counts as white space in JavaScript, but it is an invisible control: it is shown, not collapsed.
    if (WHITE_SPACE.test(char) && char !== '\uFEFF') {
      if (atoms.at(-1)?.isSpace) continue;
      atoms.push({ text: ' ', isBold, isSpace: true });
    } else {
      atoms.push({ text: escapeMrkdwnAt(text, at, char.length), isBold, isSpace: false });
    }
  }
  return atoms;
}

function skipSpaces(atoms: readonly Atom[], from: number): number {
  let i = from;
  while (i < atoms.length && (atoms[i] as Atom).isSpace) i += 1;
  return i;
}

/** Joins atoms, wrapping each bold run in `*` with its edge spaces moved outside. */
function renderAtoms(atoms: readonly Atom[]): string {
  let out = '';
  let i = 0;
  while (i < atoms.length) {
    const isBold = (atoms[i] as Atom).isBold;
    let j = i;
    while (j < atoms.length && (atoms[j] as Atom).isBold === isBold) j += 1;
    const run = atoms.slice(i, j);
    if (!isBold) out += run.map((atom) => atom.text).join('');
    else {
      const first = run.findIndex((atom) => !atom.isSpace);
      if (first === -1) out += run.map((atom) => atom.text).join('');
      else {
        const last = run.length - 1 - [...run].reverse().findIndex((atom) => !atom.isSpace);
        const inner = run.slice(first, last + 1).map((atom) => atom.text);
        out += `${' '.repeat(first)}*${inner.join('')}*${' '.repeat(run.length - 1 - last)}`;
      }
    }
    i = j;
  }
  return out.trim();
}
