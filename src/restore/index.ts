import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Correction } from '../schema/document.js';
import { InputFileError } from '../errors/index.js';
import { isWellFormedSyllable } from '../vietnamese/index.js';
import { CandidateGenerator, DEFAULT_CANDIDATE_OPTIONS, type CandidateOptions } from './candidates.js';
import { ChannelModel, type ChannelEntry } from './channel.js';
import { Decoder, DEFAULT_DECODER_SETTINGS, type DecoderSettings } from './decoder.js';
import { loadRestoreDictionary } from './dictionary.js';
import { SyllableLm } from './lm.js';
import { PROVISIONAL_CHANNEL_VERSION, provisionalChannelEntries } from './provisional-channel.js';

export interface RestoreStats {
  /** Syllable-like tokens (letters only) in the input. */
  syllables: number;
  /** Of those, how many were valid Vietnamese syllables before and after restoration. */
  validBefore: number;
  validAfter: number;
  /** Tokens the restorer changed. */
  changed: number;
  lowConfidence: number;
}

export interface RestoreResult {
  /** Restored text with exactly the input's line structure. */
  text: string;
  corrections: Correction[];
  stats: RestoreStats;
}

export interface Restorer {
  restore(text: string): RestoreResult;
  readonly versions: { dictionary: string; languageModel: string };
}

export interface RestorerOptions {
  dictionaryDir?: string;
  /** `learned` (dictionaries/ocr-channel.json, the default when present) or the hand-written `provisional` table. */
  channel?: 'learned' | 'provisional';
  decoder?: Partial<DecoderSettings>;
  candidates?: Partial<CandidateOptions>;
}

/** The dictionaries/ folder shipped with the package (src/restore or dist/restore → ../../dictionaries). */
export const DEFAULT_DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));
export const LM_FILE = 'syllable-lm.bin.gz';
export const SYLLABLES_FILE = 'syllables.txt';
export const CHANNEL_FILE = 'ocr-channel.json';

const ChannelFileSchema = z.object({
  version: z.union([z.string(), z.number()]),
  entries: z.array(z.object({ truth: z.string().min(1), ocr: z.string(), logProb: z.number().max(0) })).min(1),
});

interface HeavyResources {
  lm: SyllableLm;
  channel: ChannelModel;
  candidates: CandidateGenerator;
}

/** Module-level cache: a batch loads the model and builds the candidate index once per configuration. */
const heavyCache = new Map<string, HeavyResources>();

function readRequired(path: string): Buffer {
  if (!existsSync(path)) throw new InputFileError(path, 'restoration resource missing', 'run `npx tsx scripts/build-lm.ts` to build it');
  return readFileSync(path);
}

function loadChannel(dir: string, choice: RestorerOptions['channel']): ChannelModel {
  const path = join(dir, CHANNEL_FILE);
  if (choice !== 'provisional' && existsSync(path)) {
    const parsed = ChannelFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new InputFileError(path, `invalid OCR channel table: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
    const entries: ChannelEntry[] = parsed.data.entries.map((e) => ({ truth: e.truth, ocr: e.ocr, logProb: e.logProb }));
    return new ChannelModel(entries, `channel-${parsed.data.version}`);
  }
  if (choice === 'learned') throw new InputFileError(path, 'learned OCR channel table not found');
  return new ChannelModel(provisionalChannelEntries(), PROVISIONAL_CHANNEL_VERSION);
}

function loadInventory(dir: string, lm: SyllableLm): string[] {
  const listed = readRequired(join(dir, SYLLABLES_FILE))
    .toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const all = new Set(listed);
  for (const token of lm.vocabulary) if (isWellFormedSyllable(token)) all.add(token);
  return [...all];
}

function loadHeavy(dir: string, options: RestorerOptions): HeavyResources {
  const key = JSON.stringify([dir, options.channel ?? 'default', options.candidates ?? {}]);
  const cached = heavyCache.get(key);
  if (cached) return cached;
  const lm = SyllableLm.fromFile(readRequired(join(dir, LM_FILE)));
  const channel = loadChannel(dir, options.channel);
  const candidates = new CandidateGenerator(loadInventory(dir, lm), channel, { ...DEFAULT_CANDIDATE_OPTIONS, ...options.candidates });
  const resources = { lm, channel, candidates };
  heavyCache.set(key, resources);
  return resources;
}

/**
 * Loads the language model, the OCR channel and the dictionaries (once per configuration) and returns a
 * restorer: NFC, legacy ð, OCR confusions and lost diacritics undone, line structure kept, every change recorded.
 */
export async function loadRestorer(options: RestorerOptions = {}): Promise<Restorer> {
  const dir = options.dictionaryDir ?? DEFAULT_DICTIONARY_DIR;
  const heavy = loadHeavy(dir, options);
  const dictionary = loadRestoreDictionary(dir);
  const decoder = new Decoder({ ...heavy, dictionary, settings: { ...DEFAULT_DECODER_SETTINGS, ...options.decoder } });
  return {
    versions: { dictionary: `${dictionary.version}+${heavy.channel.version}`, languageModel: heavy.lm.version },
    restore(text: string): RestoreResult {
      return decoder.decode(text);
    },
  };
}
