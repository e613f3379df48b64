import type { SpreadEnd } from '../../answer/answer.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** One end of a spread in mrkdwn: "*over 3,000* (Volodymyr Zelensky, a week)"; report text escaped. */
export function renderSpreadEnd(end: SpreadEnd): string {
  const who = end.claimant === null ? 'claimant not stated' : escapeMrkdwn(end.claimant);
  const period = end.period === null ? '' : `, ${escapeMrkdwn(end.period)}`;
  return `*${escapeMrkdwn(end.text)}* (${who}${period})`;
}
