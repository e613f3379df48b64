/**
 * Who is speaking in one paragraph of a transcript: the label of the turn it belongs to.
 * `bodyStart` is where the speaker's words start in the paragraph (after "MR. KIRBY: "; 0 for a
 * paragraph that goes on with the same turn).
 */
export type TranscriptTurn = {
  /** The label as written, without its colon: "MR. KIRBY", "THE PRESIDENT", "Q". */
  readonly label: string;
  /** True for a reporter's question ("Q"): a question, not a statement. */
  readonly isQuestion: boolean;
  readonly bodyStart: number;
};

/** "MR. KIRBY:", "MS. JEAN-PIERRE:", "SENIOR ADMINISTRATION OFFICIAL:" — capitals, then a colon. */
const SPEAKER_LABEL = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,4}):\s+(?=\S)/;
/** "Q What about …" or "Q: What about …": a reporter's question. */
const QUESTION_LABEL = /^(Q)(?::\s*|\s+)(?=\S)/;
/** Capitalised lead-ins that are not speakers ("UPDATE:", "EDITOR'S NOTE:"). */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'ADVERTISEMENT',
  'BREAKING',
  'CORRECTION',
  'EDITOR',
  'EDITOR’S',
  "EDITOR'S",
  'MORE',
  'NOTE',
  'PHOTOS',
  'READ',
  'RELATED',
  'UPDATE',
  'UPDATED',
  'VIDEO',
  'WATCH',
]);
/** A report is a transcript when this many paragraphs open with a speaker label, one of them not "Q". */
const MIN_LABELS = 2;

/**
 * Reads a report's paragraphs as a transcript (a press briefing, remarks with questions): a
 * paragraph that opens with a label in capitals and a colon ("MR. KIRBY: …") starts that
 * speaker's turn, "Q …" starts a reporter's question, and the paragraphs after it, up to the next
 * label, go on with the same turn. Returns, for each paragraph, its turn, or null before the
 * first label. A report with fewer than two labelled paragraphs, or with only "Q" labels, is not
 * a transcript: every entry is null. Lead-ins such as "UPDATE:" or "EDITOR'S NOTE:" are not
 * speakers: they end the turn before them. Pure.
 *
 * @example
 * findTranscriptTurns(['MR. KIRBY: Good afternoon.', 'Next point.', 'Q Thanks.']);
 * // [{ label: 'MR. KIRBY', isQuestion: false, bodyStart: 11 }, { label: 'MR. KIRBY', …, bodyStart: 0 }, { label: 'Q', isQuestion: true, bodyStart: 2 }]
 */
export function findTranscriptTurns(paragraphs: readonly string[]): (TranscriptTurn | null)[] {
  const labels = paragraphs.map(readLabel);
  const speakers = labels.filter((label) => label !== null && label !== 'lead-in');
  if (speakers.length < MIN_LABELS || speakers.every((label) => label.isQuestion)) return paragraphs.map(() => null);
  let current: TranscriptTurn | null = null;
  return labels.map((label) => {
    if (label === 'lead-in') current = null;
    else if (label !== null) current = label;
    else if (current !== null) current = { ...current, bodyStart: 0 };
    return label === 'lead-in' ? null : current;
  });
}

function readLabel(paragraph: string): TranscriptTurn | 'lead-in' | null {
  const question = QUESTION_LABEL.exec(paragraph);
  if (question) return { label: 'Q', isQuestion: true, bodyStart: question[0].length };
  const speaker = SPEAKER_LABEL.exec(paragraph);
  if (!speaker?.[1] || !/[A-Z]{2}/.test(speaker[1])) return null;
  if (speaker[1].split(' ').some((word) => NOT_SPEAKERS.has(word))) return 'lead-in';
  return { label: speaker[1], isQuestion: false, bodyStart: speaker[0].length };
}
