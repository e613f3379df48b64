/**
 * English stop words: function words that never decide what a sentence is about, written the way
 * the analyser compares them (lower case, no apostrophes: "don't" is "dont").
 *
 * Our own list rather than the `stopword` package's, because that list drops words that carry
 * meaning in news queries ("never", "under", "over", "many", "most", "more", "way", "like", "take")
 * and keeps function words ("us", "its", "not", "will", "may", "does"). It holds articles, pronouns,
 * auxiliaries, common prepositions and conjunctions, negations, contractions, and the two
 * reporting verbs "said" and "says", which appear in a large share of news sentences and never
 * tell one topic from another. Everything else is left to BM25's inverse document frequency.
 *
 * "us" is here: the pronoun. The country is found through the alias group, which only matches the
 * capitalised spellings "US", "U.S." and "U.S.A." (see alias-groups.ts).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // articles and determiners
    'a an the this that these those each every any some such both own same other',
    // pronouns
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself',
    'she her hers herself it its itself they them their theirs themselves what which who whom whose',
    // auxiliaries and modals
    'am is are was were be been being have has had having do does did doing',
    'will would shall should can could may might must',
    // prepositions
    'of in on at by for with from to into onto upon about as via',
    // conjunctions and linking adverbs
    'and or nor but if then so than there here when where why how also very too just',
    // negations
    'not no',
    // contractions, as the analyser writes them
    'dont doesnt didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt hasnt havent hadnt',
    'im ive youre youve theyre theyve weve',
    // reporting verbs (news)
    'said says',
  ].flatMap((line) => line.split(' ')),
);
