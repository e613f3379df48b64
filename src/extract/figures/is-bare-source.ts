/**
 * Source nouns that name no one on their own: "reports", "claims", "estimates", "figures",
 * "officials", "sources" and the like.
 */
const BARE_HEADS: ReadonlySet<string> = new Set(
  'reports report claims claim estimates estimate figures figure officials official sources source accounts account allegations assessments assessment data tallies tally counts count updates analysts experts observers'.split(
    ' ',
  ),
);
/** Lower-case words that name a body by themselves ("military officials", "intelligence estimates"). */
const BODY_WORDS: ReadonlySet<string> = new Set(
  'government military army navy police ministry intelligence defense defence pentagon agency office department command service council parliament court prosecutors'.split(
    ' ',
  ),
);

/** Words that may open a bare source at a sentence's start, capitalised there ("Recent reports say …"). */
const COMMON: ReadonlySet<string> = new Set(
  'the a an some these those such other many several most recent new earlier latest initial preliminary unconfirmed unverified media news press local anonymous unnamed senior multiple various official'.split(
    ' ',
  ),
);

/**
 * True when an attribution as written ("reports", "recent media reports", "some officials",
 * "unconfirmed estimates") names no person or body: its last word is a bare source noun and no
 * word before it is a name (capitalised: "U.S. officials", "Ukrainian estimates", "The Pentagon's
 * figures") or a body noun ("military officials", "intelligence reports"). Such a figure is
 * unattributed, with this wording kept beside it. Pure.
 *
 * @example
 * isBareSource('recent reports'); // true
 * isBareSource('U.S. officials'); // false
 */
export function isBareSource(written: string): boolean {
  const words = written.trim().split(/\s+/u);
  const head = words.at(-1)?.toLowerCase() ?? '';
  if (!BARE_HEADS.has(head)) return false;
  return words.slice(0, -1).every((word) => {
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    const isName = /\p{Lu}/u.test(word) && !COMMON.has(lower);
    return !isName && !BODY_WORDS.has(lower);
  });
}
