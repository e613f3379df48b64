/** Whether work finished before the deadline, with its value, or the still-pending work. */
export type DeadlineResult<T> =
  | { readonly isReady: true; readonly value: T }
  | { readonly isReady: false; readonly pending: Promise<T> };

/**
 * Races work against a deadline (Slack's 3-second acknowledgement window, minus a margin). If the
 * work settles first its value is returned (or its error thrown); otherwise the pending work is
 * returned, to be awaited after acknowledging. The pending promise is marked handled, so a
 * failure after the deadline is reported where it is awaited, never as an unhandled rejection.
 */
export async function raceDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<DeadlineResult<T>> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), deadlineMs);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), deadline]);
    return first === 'deadline' ? { isReady: false, pending: work } : { isReady: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
