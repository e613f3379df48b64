import type { FigureToken } from './tokenize-figure-text.js';

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/**
 * Where the name before a verb ends, skipping a time phrase between them: "officials on Wednesday
 * announced", "Kirby on Dec. 5 said", "Kirby on December 5 said", "lawmakers last week said",
 * "Seoul today said". `verb` is the verb's token index; returns the index of the first token after
 * the name (the verb's own index when no time phrase is there). Pure.
 *
 * @example
 * skipTimePhrase(tokenizeFigureText('officials on Monday said'), 3); // 1
 */
export function skipTimePhrase(tokens: readonly FigureToken[], verb: number): number {
  const at = (k: number) => tokens[k]?.lower ?? '';
  const isDigits = tokens[verb - 1]?.type === 'digits';
  let j = verb;
  if (WEEKDAY.test(at(verb - 1))) j = verb - 1;
  else if (isDigits && MONTH.test(at(verb - 2))) j = verb - 2;
  else if (isDigits && tokens[verb - 2]?.text === '.' && MONTH.test(at(verb - 3))) j = verb - 3;
  else if (/^(?:week|month)$/.test(at(verb - 1)) && /^(?:last|this)$/.test(at(verb - 2))) return verb - 2;
  else if (/^(?:today|yesterday|tonight)$/.test(at(verb - 1))) return verb - 1;
  return j !== verb && at(j - 1) === 'on' ? j - 1 : j;
}
