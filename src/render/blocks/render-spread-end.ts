import type { SpreadEnd } from '../../answer/answer.js';
import { describeClaimant } from '../describe-claimant.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** One end of a spread in mrkdwn: "*over 3,000* (Volodymyr Zelensky, a week)"; report text escaped. */
export function renderSpreadEnd(end: SpreadEnd): string {
  const who = describeClaimant(end, escapeMrkdwn) ?? 'claimant not stated';
  const period = end.period === null ? '' : `, ${escapeMrkdwn(end.period)}`;
  return `*${escapeMrkdwn(end.text)}* (${who}${period})`;
}
