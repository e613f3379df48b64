import type { HelpAnswer } from './answer.js';

/** The commands, what each answers, and an example of each. Fixed text. */
export const HELP_ENTRIES: HelpAnswer['entries'] = [
  {
    usage: '/casualties [filter]',
    description:
      'Casualty figures with who claims them and when, the followed side first, then each other side under its own name. Filter by category (killed, wounded, captured, missing), whose losses (a country, people or party in any spelling the reports or the corpus settings use), claimant, date (since 2024-12-01) or any words. Figures about another event (a year long before the report) are left out; add all to list them under Outside the story.',
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
    description: 'Ask in plain words; it is answered by the command that fits.',
    example: 'how many soldiers were killed, and who says so?',
  },
];

/** `help`: what can be asked, with examples. */
export function answerHelp(): HelpAnswer {
  return { command: 'help', kind: 'help', entries: HELP_ENTRIES };
}
