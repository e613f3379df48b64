import { COUNTRY_NAME_WORDS, PEOPLE_WORDS } from '../sides/side-lexicon.js';

/**
 * Word lists for reading speaker phrases ("Ukrainian President Volodymyr Zelensky", "the agency").
 * All entries are lowercase; compare with `word.toLowerCase()` (no locale). These are closed
 * classes of English (titles, determiners, pronouns) plus the handful of proper nouns that
 * most often stand where a speaker would and are not people.
 */

/** Head nouns of a person's role: the last word of "White House national security spokesman". */
export const TITLE_WORDS: ReadonlySet<string> = wordSet(`
  adm. admiral adviser advisor aide ambassador analyst analysts author blogger capt. captain ceo chair chairman
  chairwoman chancellor chief col. colonel commander commentator congressman congresswoman coordinator
  correspondent critic diplomat diplomats director dr. economist editor envoy expert experts fellow founder gen.
  general governor gov. head historian journalist king lawmaker lawmakers leader legislator lieutenant lt. maj.
  major mayor member minister mp mr. mrs. ms. negotiator observer officer official officials pope premier
  president professor prof. prosecutor rep. representative reporter researcher researchers scholar secretary sen.
  senator sgt. sergeant soldier source sources spokesman spokesmen spokesperson spokeswoman strategist
  vice-president mr mrs ms dr master manager owner worker resident residents witness volunteer medic doctor nurse
  teacher driver engineer pilot lawyer judge priest student activist veteran survivor farmer mother father deputy
  staffer attorney pollster consultant prince princess sheikh emir sultan queen secretary-general
`);

/** Honorifics: part of how a person is named, never shown as their role. */
export const HONORIFICS: ReadonlySet<string> = wordSet(`
  mr mr. mrs mrs. ms ms. dr dr.
`);

/** Lowercase words that may sit inside a role before its head ("national security spokesman"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = wordSet(`
  acting air army chief communications council defence defense deputy foreign former government intelligence
  interim military national naval navy political press presidential prime retired security senior spy state top crown
  vice war independent regional local
`);

/** Head nouns of an institution: "the agency", "Russia's defence ministry". */
export const ORGANISATION_WORDS: ReadonlySet<string> = wordSet(`
  administration agency army assembly bureau cabinet center centre command commission committee council department
  directorate embassy forces government group headquarters house institute intelligence kremlin media military
  ministry navy news office organisation organization parliament pentagon police service staff think-tank
  university nato un eu state-run outlet newspaper broadcaster chiefs journal times post herald tribune gazette
  daily telegraph guardian network channel tv radio magazine wire press company party union alliance coalition
  ministry’s ministries agencies
`);

/**
 * Places and peoples that stand as speakers ("Russia said") but are never a person's name: every
 * country, demonym and capital the gazetteer names (`COUNTRY_NAME_WORDS`, `PEOPLE_WORDS`), and these.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...COUNTRY_NAME_WORDS,
  ...PEOPLE_WORDS,
  ...wordSet(`
  america american asia beijing britain british china chinese east europe european france french germany german japan
  japanese london new north oblast region seoul south tokyo u.k. u.s. uk united us usa washington west western states
  kingdom nations poland polish israel iran belarus york
`),
]);

/** Capitalised words that start a sentence or clause and are not names. */
export const STOP_CAPITALS: ReadonlySet<string> = wordSet(`
  a according after also although an and as asked at before but by despite during earlier even for from he her
  here his how however i if in instead it its last later meanwhile moreover my next now on once only or our she
  since so speaking still such that the their then there these they this those though thus to today under until we
  what when where whether which while who why with yet you yesterday tomorrow recent recently additional initially
  reports report january february march april may june july august september october november december monday
  tuesday wednesday thursday friday saturday sunday jan. feb. aug. sept. oct. nov. dec. telegram x twitter
  facebook cnn bbc reuters god christmas not no both all each many some other another every several one two three
  first second third nothing something everything anything nobody somebody everybody anyone someone everyone none
  most much few more less neither either given amid following furthermore additionally
`);

/** Determiners that open a speaker phrase ("the minister", "a senior official"). */
export const DETERMINERS: ReadonlySet<string> = wordSet(`
  a an the one another two three several some many his her its their
`);

/** Lowercase particles inside a person's name ("Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet(`
  al bin da de del der di dos du la le van von
`);

/** Pronouns that stand for a speaker named earlier. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = wordSet(`
  he she they
`);

/** A set of the words of a white-space separated list (kept as text so the lists stay compact). */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}
