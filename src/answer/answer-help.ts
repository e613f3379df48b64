import type { HelpAnswer, HelpFilter } from './answer.js';

/** The filters a free question can carry (`readQuestionFilters`), each with a question that carries it. Fixed text. */
export const QUESTION_FILTERS: readonly HelpFilter[] = [
  { name: 'whose losses or troops (a country, people or party)', example: 'how many Syrian soldiers were killed?' },
  {
    name: 'who claims it (according to X, did X say, X claimed; a typo is matched)',
    example: 'how many were wounded according to the health ministry?',
  },
  { name: 'where (in a place)', example: 'how many civilians died in Aleppo?' },
  {
    name: 'when (in September, since July 20, last week: against the newest report’s date)',
    example: 'how many were killed since July 20?',
  },
  { name: 'an amount (the figures with that value, with who claims them)', example: 'who claimed 12,000?' },
  { name: 'a topic (words of the figure’s report)', example: 'how many were wounded in the car bomb?' },
  { name: 'yes or no (the figures of that category)', example: 'has the army captured any soldiers?' },
  {
    name: 'what someone said about something (their figures, else their quotes on it)',
    example: 'what did the defence minister say about casualties?',
  },
  { name: 'a phrase in quote marks (apostrophes kept)', example: 'who said "we won\'t leave"?' },
];

/** The commands, what each answers, and an example of each. Fixed text. */
export const HELP_ENTRIES: HelpAnswer['entries'] = [
  {
    usage: '/casualties [filter]',
    description:
      'Casualty figures with who claims them and when, the followed side first, then each other side under its own name. Filter by category (killed, wounded, captured, missing), whose losses (a country, people or party in any spelling the reports or the corpus settings use), claimant (according to X), date (since 2024-12-01, in September, last week), amount (12,000), place (in X), topic (about X) or any words. Figures about another event (a year long before the report) are left out; add all to list them under Outside the story.',
    example: '/casualties killed',
  },
  {
    usage: '/troops [filter]',
    description:
      'Deployment figures (sent, trained, additional, planned) with who claims them and when, the followed side first; filter by side as for casualties.',
    example: '/troops additional',
  },
  {
    usage: '/who-said <person or phrase>',
    description: "A person's quotes, then what reports paraphrase; or who said a phrase.",
    example: '/who-said meat grinder',
  },
  {
    usage: '/reports <words>',
    description: 'The sentences that best match the words, with their reports.',
    example: '/reports missile strike',
  },
  {
    usage: '/sources',
    description: 'Every report in the corpus, with its date, outlet and size, and the corpus fingerprint.',
    example: '/sources',
  },
  {
    usage: '/verbatim add <url>',
    description:
      'In Slack: adds a web page or PDF to the reports. The message shortcut “Add to Verbatim” adds a message’s link or file, and a page or PDF shared in a direct message is added too.',
    example: '/verbatim add https://example.com/news/story',
  },
  {
    usage: 'a question',
    description:
      'Ask in plain words; it is answered by the command that fits. Everything the question names narrows the answer, and the answer shows the filter it was read as:',
    example: 'how many soldiers were killed, and who says so?',
    filters: QUESTION_FILTERS,
  },
];

/** `help`: what can be asked, with examples. */
export function answerHelp(): HelpAnswer {
  return { command: 'help', kind: 'help', entries: HELP_ENTRIES };
}
