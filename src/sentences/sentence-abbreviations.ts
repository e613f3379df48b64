/**
 * How a word that ends in a full stop affects a sentence break after it.
 *
 * - `title`: always followed by a name ("Gen.", "Mr.", "vs."): never ends a sentence
 * - `number-prefix`: followed by a number ("No. 3", "Dec. 5"): no break before a digit, else an ordinary word
 * - `ambiguous`: may end a sentence ("U.S.", "Inc.", "etc.", "a.m.", the initial "F."): a break only before a
 *   word that commonly starts a sentence ("The", "He", "But"…) or an opening quote mark
 * - `word`: an ordinary word: a break before anything that does not continue the sentence
 */
export type AbbreviationKind = 'title' | 'number-prefix' | 'ambiguous' | 'word';

// Case matters: "No." before a number is an abbreviation, "no." is the word "no".
const TITLES: ReadonlySet<string> = new Set([
  ...['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Messrs', 'Mme', 'Mlle', 'Rev', 'Hon', 'Fr', 'Pres', 'Gov'],
  ...['Sen', 'Sens', 'Rep', 'Reps', 'Amb', 'Supt', 'Det', 'Insp', 'Atty', 'Mt', 'Ft', 'Ste'],
  ...['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Spc'],
  ...['vs', 'v', 'viz', 'cf', 'approx', 'incl', 'esp', 'ca'],
]);

const NUMBER_PREFIXES: ReadonlySet<string> = new Set([
  ...['No', 'Nos', 'Nr', 'Vol', 'Vols', 'Fig', 'Figs', 'Art', 'Sec', 'Ch', 'Pt', 'Op', 'p', 'pp', 'no', 'nos'],
  ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
]);

const AMBIGUOUS: ReadonlySet<string> = new Set([
  ...['Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'Bros', 'Dept', 'Univ', 'Assn', 'Jr', 'Sr', 'Esq'],
  ...['St', 'Ave', 'Blvd', 'Rd', 'etc', 'al', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri'],
]);

// Dotted abbreviations that never end a sentence in news prose.
const DOTTED_TITLES: ReadonlySet<string> = new Set(['e.g', 'i.e', 'E.g', 'I.e']);

/** A dotted acronym: single letters joined by full stops ("U.S", "a.m", "Ph.D" is not one). */
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_UPPER = /^\p{Lu}$/u;

/**
 * Words that commonly open an English sentence: the closed classes (articles, pronouns,
 * conjunctions, prepositions, determiners) and frequent sentence adverbs. After an ambiguous
 * abbreviation ("in the U.S. The …") one of these means a new sentence; any other capitalised word
 * ("U.S. Army", "John F. Kirby") means the sentence goes on.
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  ...['A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Then', 'Their', 'They', 'Them'],
  ...['He', 'She', 'It', 'Its', 'His', 'Her', 'We', 'Our', 'You', 'Your', 'I', 'My', 'One'],
  ...['In', 'On', 'At', 'Of', 'For', 'From', 'By', 'With', 'Without', 'To', 'Into', 'After', 'Before'],
  ...['During', 'Since', 'Until', 'Under', 'Over', 'Among', 'Amid', 'Against', 'Through', 'Despite'],
  ...['When', 'While', 'Where', 'Whether', 'Why', 'What', 'Who', 'Which', 'How', 'If', 'As', 'Because'],
  ...['But', 'And', 'Or', 'Nor', 'So', 'Yet', 'Also', 'Although', 'Though', 'However', 'Meanwhile'],
  ...['Moreover', 'Furthermore', 'Still', 'Now', 'Last', 'Earlier', 'Later', 'According', 'Some', 'Many'],
  ...['Most', 'Several', 'Both', 'Each', 'Every', 'No', 'Not', 'Such', 'Other', 'Another', 'Once'],
  ...['Here', 'Instead', 'Indeed', 'Thus', 'Therefore', 'Only', 'Even', 'Yesterday', 'Today'],
]);

/**
 * Classifies the word before a full stop, given without the final stop ("U.S" for "U.S.").
 *
 * Pure and case-sensitive; an unknown word is `'word'`.
 *
 * @example
 * classifyAbbreviation('Gen'); // 'title'
 * classifyAbbreviation('U.S'); // 'ambiguous'
 */
export function classifyAbbreviation(word: string): AbbreviationKind {
  if (TITLES.has(word) || DOTTED_TITLES.has(word)) return 'title';
  if (NUMBER_PREFIXES.has(word)) return 'number-prefix';
  if (AMBIGUOUS.has(word) || SINGLE_UPPER.test(word) || DOTTED_ACRONYM.test(word)) return 'ambiguous';
  return 'word';
}

/** True when the word (letters only, as written) commonly opens an English sentence. */
export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word);
}
