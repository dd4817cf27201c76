/**
 * dictionaries/person-names.txt: syllables of Vietnamese personal names by their place in a name. The decoder
 * takes each surname–middle, middle–given and surname–given pair as a name pair (name-pairs.ts); scripts/build-lm.ts can count
 * them as language-model fragments (off by default: as general bigrams they lowered accuracy).
 */
import { z } from 'zod';
import { canonicalSyllable, isMinorityNameSyllable, isWellFormedSyllable, normalizeVietnamese } from '../vietnamese/index.js';

export const PERSON_NAMES_FILE = 'person-names.txt';

/**
 * highland: surnames of the Ê Đê, Gia Rai, Ba Na … (Niê, Ksor): after the given name (Ê Đê) or before it (Gia Rai).
 * signer-surname, signer-given: names read only in a signer's name line (signer-names.ts), never paired in running text.
 */
const NAME_KINDS = ['surname', 'middle', 'given', 'highland', 'signer-surname', 'signer-given'] as const;

const NameLineSchema = z
  .object({
    kind: z.enum(NAME_KINDS),
    syllables: z.array(z.string()).min(1),
  })
  .superRefine((line, context) => {
    for (const syllable of line.syllables) {
      const ok = isWellFormedSyllable(syllable) || (line.kind === 'highland' && isMinorityNameSyllable(syllable));
      if (!ok) context.addIssue({ code: 'custom', message: `\`${syllable}\`: not a well-formed Vietnamese syllable${line.kind === 'highland' ? ' nor a minority-name syllable' : ''}` });
    }
  });

export type PersonNames = Record<'surname' | 'middle' | 'given', string[]> & {
  highland?: string[];
  'signer-surname'?: string[];
  'signer-given'?: string[];
};

/** How the list keys a name syllable: lower case, the canonical tone placement where it is a Vietnamese syllable. */
export function nameSyllableKey(syllable: string): string {
  const lower = normalizeVietnamese(syllable).toLowerCase();
  return isWellFormedSyllable(lower) ? canonicalSyllable(lower) : lower;
}

/** Parses the file; throws with file:line on a malformed line. */
export function parsePersonNames(file: string, source: string): PersonNames {
  const names: Required<PersonNames> = { surname: [], middle: [], given: [], highland: [], 'signer-surname': [], 'signer-given': [] };
  normalizeVietnamese(source)
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/#.*$/u, '').trim();
      if (line === '') return;
      const match = /^([\w-]+):\s*(.*)$/u.exec(line);
      const parsed = NameLineSchema.safeParse({ kind: match?.[1], syllables: (match?.[2] ?? '').split(/\s+/u).filter((s) => s !== '') });
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      const list = names[parsed.data.kind];
      for (const syllable of parsed.data.syllables) {
        const canonical = nameSyllableKey(syllable);
        if (!list.includes(canonical)) list.push(canonical);
      }
    });
  return names;
}

/** The two-word fragments a name list teaches: surname → middle, middle → given, surname → given. */
export function personNameFragments(names: PersonNames): string[][] {
  const fragments: string[][] = [];
  for (const surname of names.surname) for (const middle of names.middle) fragments.push([surname, middle]);
  for (const middle of names.middle) for (const given of names.given) fragments.push([middle, given]);
  // A two-syllable name, and a street or school named after a person, puts the given name right after the surname.
  for (const surname of names.surname) for (const given of names.given) fragments.push([surname, given]);
  // Ê Đê names end in the family's name (Y … Niê), Gia Rai ones open with it (Ksor …).
  for (const highland of names.highland ?? []) for (const given of names.given) fragments.push([given, highland], [highland, given]);
  return fragments;
}
