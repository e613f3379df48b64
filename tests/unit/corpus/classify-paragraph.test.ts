import { describe, expect, it } from 'vitest';
import { classifyParagraph, type ParagraphKind } from '../../../src/corpus/classify-paragraph.js';

describe('classifyParagraph', () => {
  it.each<[string, ParagraphKind]>([
    // Separators and Markdown headings
    ['***', 'separator'],
    ['— — —', 'separator'],
    ['## What happens next', 'heading'],
    // Link and source lines
    ['Related: Earlier storms damaged bridges in the north', 'related'],
    ['Related Stories:', 'related'],
    ['More:Ferry operator posts record losses', 'related'],
    ['Read more: How the harbour strike began', 'related'],
    ['See also: Bridge repairs delayed', 'related'],
    ['Original Source: www.example.org', 'source'],
    ['Source: https://example.com/a', 'source'],
    // Date lines
    ['14 June 2024', 'date'],
    ['Published: 2024-06-14', 'published-date'],
    ['Today : Jun 15, 2024', 'copy-date'],
    // Site chrome
    ['Loading…', 'chrome'],
    ['Loading...', 'chrome'],
    ['Post a Comment', 'chrome'],
    ['Leave a reply', 'chrome'],
    ['Share this article', 'chrome'],
    ['Subscribe to our newsletter', 'chrome'],
    ['Comments (12)', 'chrome'],
    ['Advertisement', 'chrome'],
    ['Reach her at lena@example.org', 'chrome'],
    ['By Lena Park and Omar Haddad', 'chrome'],
    ['Home | World | Asia | Ferries', 'chrome'],
    ['Asia Desk', 'chrome'],
    ['Latest Stories', 'chrome'],
    ['Contributing: Harbour Gazette', 'chrome'],
    ['2:15 P.M. EDT', 'chrome'],
    // Author bios
    ['Lena Park is a freelance journalist based in Busan. She covers shipping.', 'bio'],
    ['Omar Haddad is an award-winning writer and editor with a passion for maps.', 'bio'],
    ['Mara Lind covers transport for the Harbour Gazette.', 'bio'],
    // Cut-short teasers
    ['The ferry operator said on Monday that the new timetable would…', 'truncated'],
    ['Storm hits coast as ferries wait ...', 'truncated'],
    // Headlines
    ['Ferry Service Returns After Winter Break', 'headline'],
    ['Ferry service returns after winter break, operator says', 'headline'],
    // Prose
    ['The ferry returned on Monday.', 'prose'],
    ['Will the ferry return?', 'prose'],
    ['"It is back," the captain said.', 'prose'],
    ['The operator told reporters on Monday:', 'prose'],
    ['(i) the ferry operator named in the licence;', 'prose'],
    ['Q Captain, when will —', 'prose'],
    ['MR. HADDAD: Well, you know, we looked at that', 'prose'],
    ['Good morning. I have a question for', 'prose'],
    ['Shares of the ferry operator fell.', 'prose'],
    ['Lena Park is a ferry captain who has sailed the route for twenty years.', 'prose'],
    [
      'the ferry operator said the new timetable would apply from Monday and that tickets bought earlier in the year would still be valid on every route and on every day of the week without exception',
      'prose',
    ],
  ])('classifies %j as %s', (paragraph, expected) => {
    expect(classifyParagraph(paragraph)).toEqual(expected);
  });
});
