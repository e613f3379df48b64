import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const NameListSchema = z.array(z.string().trim().min(1)).default([]);

/** One side the corpus's story knows: a gazetteer side or a new party, and the other names reports give it. */
export const CorpusSideSchema = z.object({
  /** A gazetteer side (its label, key or any of its names: "North Korean", "Russia") or a new party ("Wagner"). */
  name: z.string().trim().min(1),
  /** Other names that stand for this side in the story: leaders, armies, capitals ("Kremlin", "KPA"). */
  aliases: NameListSchema,
});

/** A name reports spell in several ways, for search: each spelling finds the others. */
export const SearchAliasSchema = z.object({
  label: z.string().trim().min(1),
  phrases: z.array(z.string().trim().min(1)).min(1),
  /** Spellings that also are common words in lower case ("US"): matched with this capitalisation only. */
  exact_case_phrases: NameListSchema,
});

/**
 * A corpus's settings file (`verbatim.yml` at the corpus folder's root): what a desk tells Verbatim
 * about the story it follows. Every key is optional; an empty file is the default.
 */
export const CorpusSettingsSchema = z
  .object({
    /** The side(s) the desk follows: listed first in every answer, the Home tab and the digest. */
    followed_sides: NameListSchema,
    /** The story's sides and their aliases; sides not listed are still known from the gazetteer. */
    sides: z.array(CorpusSideSchema).default([]),
    /** Places and names that say a sentence is about the story ("Kursk"). */
    story_words: NameListSchema,
    /** Places and names of other stories a report may turn to ("Gaza"): such a sentence is not the story's. */
    outside_words: NameListSchema,
    /** Names spelled in several ways, for search. */
    search_aliases: z.array(SearchAliasSchema).default([]),
  })
  .strict();

export type CorpusSettings = z.infer<typeof CorpusSettingsSchema>;
export type CorpusSide = z.infer<typeof CorpusSideSchema>;
export type SearchAlias = z.infer<typeof SearchAliasSchema>;

/** The file name of a corpus's settings, at the corpus folder's root. */
export const CORPUS_SETTINGS_FILE = 'verbatim.yml';

/** Thrown when a settings file is not valid YAML or does not fit `CorpusSettingsSchema`. */
export class CorpusSettingsError extends SyntaxError {
  override name = 'CorpusSettingsError';
}

/** The settings of a corpus without a settings file: nothing followed, no story words, no aliases. */
export const DEFAULT_CORPUS_SETTINGS: CorpusSettings = CorpusSettingsSchema.parse({});

/**
 * Reads a corpus settings file. An empty file gives `DEFAULT_CORPUS_SETTINGS`. Pure.
 *
 * @throws {CorpusSettingsError} on invalid YAML, an unknown key or a value of the wrong type; the
 *   message names the key.
 * @example
 * parseCorpusSettings('followed_sides: [Wagner]\n').followed_sides; // ['Wagner']
 */
export function parseCorpusSettings(text: string): CorpusSettings {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new CorpusSettingsError(`${CORPUS_SETTINGS_FILE} is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = CorpusSettingsSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? 'the file' : issue.path.join('.');
    throw new CorpusSettingsError(`${CORPUS_SETTINGS_FILE}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
