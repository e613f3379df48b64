/** The word for a count in fixed template text: `pluralWord(1, 'report')` is "report", else "reports". */
export function pluralWord(count: number, word: string, plural = `${word}s`): string {
  return count === 1 ? word : plural;
}
