import type { CorpusIndex } from '../index/corpus-index.js';
import type { Answer, Command } from './answer.js';
import { answerFigures } from './answer-figures.js';
import { answerHelp } from './answer-help.js';
import { answerReports } from './answer-reports.js';
import { answerSaidAbout } from './answer-said-about.js';
import { answerSources } from './answer-sources.js';
import { answerWhoSaid } from './answer-who-said.js';
import type { Question } from './parse-question.js';

export type AnswerOptions = {
  /** For `/reports`: the cursor of the page to show. */
  readonly cursor?: string | null;
  /** For `/reports`: results per page (5 by default). */
  readonly limit?: number;
};

/** The usage line of each command, shown when it is called without what it needs. */
export const USAGE: Readonly<Record<Command, string>> = {
  reports: '/reports <words>  e.g. /reports missile strike',
  sources: '/sources',
  casualties:
    '/casualties [killed|wounded|captured|missing|<side>|since YYYY-MM-DD|in september|last week|<amount>|in <place>|about <words>|according to <claimant>|words]',
  troops:
    '/troops [deployed|trained|additional|planned|<side>|since YYYY-MM-DD|in september|last week|<amount>|in <place>|about <words>|according to <claimant>|words]',
  'who-said': '/who-said <person or phrase>  e.g. /who-said the defence minister',
  help: '/verbatim help',
};

/**
 * Answers a parsed question from the corpus index. A free question's filters narrow its answer:
 * its figure filter is `args`; "who claimed 12,000?" (no kind named) falls back from casualty to
 * troop figures; "what did X say about Y" is answered by `answerSaidAbout`. Pure and
 * deterministic: the same index and question give the same answer, byte for byte once serialised.
 */
export function answerQuestion(question: Question, index: CorpusIndex, options: AnswerOptions = {}): Answer {
  if (question.command === null) {
    return {
      command: 'help',
      kind: 'usage',
      message: `Unknown command "${question.unknown}"`,
      usage: 'Try /verbatim help for the commands and examples',
    };
  }
  const { command, args } = question;
  switch (command) {
    case 'help':
      return answerHelp();
    case 'sources':
      return answerSources(index);
    case 'reports':
      if (args === '') return { command, kind: 'usage', message: 'Say what to search for', usage: USAGE.reports };
      return answerReports(index, args, options);
    case 'casualties':
    case 'troops': {
      const answer = answerFigures(index, command, args);
      // "Who claimed 12,000?" names no kind: the troop figures answer when no casualty figure does.
      if (answer.kind === 'no-match' && command === 'casualties' && question.filters?.kind === null) {
        const troops = answerFigures(index, 'troops', args);
        if (troops.kind === 'figures') return troops;
      }
      return answer;
    }
    case 'who-said':
      if (args === '')
        return { command, kind: 'usage', message: 'Say whose quotes or which phrase', usage: USAGE[command] };
      if (question.filters?.about) return answerSaidAbout(index, args, question.filters);
      return answerWhoSaid(index, args);
  }
}
