/**
 * Parses a value that came back from Slack (a button value, a modal's private metadata) as a JSON
 * object, or returns null when it is not valid JSON or not an object: such values are checked,
 * not trusted. Never throws for bad input.
 */
export function parseJsonRecord(encoded: string | undefined): Record<string, unknown> | null {
  if (encoded === undefined) return null;
  let data: unknown;
  try {
    data = JSON.parse(encoded);
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}
