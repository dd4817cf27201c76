import { z } from 'zod';

/** One line of dictionaries/agencies.txt: `Canonical name | alias | alias …`. */
export const AgencyEntrySchema = z
  .object({
    canonical: z.string().min(2).meta({ description: 'Full official name' }),
    aliases: z.array(z.string().min(1)).meta({ description: 'Abbreviations and other spellings' }),
    line: z.int().min(1).meta({ description: 'Line in the dictionary file' }),
  })
  .meta({ id: 'AgencyEntry' });

export type AgencyEntry = z.infer<typeof AgencyEntrySchema>;

export const AgencyDictionarySchema = z
  .array(AgencyEntrySchema)
  .superRefine((entries, context) => {
    const owner = new Map<string, string>();
    for (const entry of entries) {
      for (const name of [entry.canonical, ...entry.aliases]) {
        const key = name.normalize('NFC').toLowerCase();
        const previous = owner.get(key);
        if (previous !== undefined && previous !== entry.canonical) {
          context.addIssue({ code: 'custom', message: `line ${entry.line}: "${name}" is already an alias of "${previous}"` });
        } else if (previous === entry.canonical && name !== entry.canonical) {
          context.addIssue({ code: 'custom', message: `line ${entry.line}: "${name}" is listed twice for "${entry.canonical}"` });
        }
        owner.set(key, entry.canonical);
      }
    }
  })
  .meta({ id: 'AgencyDictionary' });

/** Parses the plain-text dictionary (comments `#`, blank lines ignored) into entries, validated. */
export function parseAgencyDictionary(text: string): z.ZodSafeParseResult<AgencyEntry[]> {
  const entries: unknown[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (line === '') return;
    const names = line.split('|').map((name) => name.normalize('NFC').trim());
    entries.push({ canonical: names[0], aliases: names.slice(1), line: index + 1 });
  });
  return AgencyDictionarySchema.safeParse(entries);
}
