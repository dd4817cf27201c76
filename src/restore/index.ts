import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { parseOcrChannel } from '../schema/ocr-channel.js';
import type { Correction } from '../schema/document.js';
import { InputFileError } from '../errors/index.js';
import { isWellFormedSyllable } from '../vietnamese/index.js';
import { CandidateGenerator, DEFAULT_CANDIDATE_OPTIONS, type CandidateOptions } from './candidates.js';
import { ChannelModel, mixChannels, type ChannelEntry } from './channel.js';
import { Decoder, DEFAULT_DECODER_SETTINGS, type DecoderSettings } from './decoder.js';
import { loadRestoreDictionary } from './dictionary.js';
import { loadCodeSegments } from './codes.js';
import { PERSON_NAMES_FILE, parsePersonNames, personNameFragments, type PersonNames } from './person-names.js';
import { PLACE_NAMES_FILE, parsePlaceNames, type PlaceName } from './place-names.js';
import { SyllableLm } from './lm.js';
import { LM_FILE } from './lm-file.js';
import { CANDIDATE_INDEX_FILE, CandidateIndexFormatError, readCandidateIndex, type CandidateFormIndex } from './candidate-index.js';
import { PROVISIONAL_CHANNEL_VERSION, provisionalChannelEntries } from './provisional-channel.js';
import { normaliseFractionSlashes } from './characters.js';

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
  /**
   * `mixed` (default when dictionaries/ocr-channel.json exists: the learned table smoothed by the hand-written one),
   * `learned` (the learned table alone) or `provisional` (the hand-written table alone).
   */
  channel?: 'mixed' | 'learned' | 'provisional';
  /** Weight of the learned table in the mixed channel. */
  learnedChannelWeight?: number;
  decoder?: Partial<DecoderSettings>;
  candidates?: Partial<CandidateOptions>;
}

/** The dictionaries/ folder shipped with the package (src/restore or dist/restore → ../../dictionaries). */
export const DEFAULT_DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));
export { LM_FILE, PERSON_NAMES_FILE, PLACE_NAMES_FILE };
export const SYLLABLES_FILE = 'syllables.txt';
export const CHANNEL_FILE = 'ocr-channel.json';

interface HeavyResources {
  lm: SyllableLm;
  channel: ChannelModel;
  candidates: CandidateGenerator;
}

/** Module-level cache: a batch loads the model and builds the candidate index once per configuration. */
const heavyCache = new Map<string, HeavyResources>();

/** Forgets the loaded models and every candidate cache (the next loadRestorer reads the files again). */
export function clearRestorerCaches(): void {
  heavyCache.clear();
  SyllableLm.forgetShared();
}

function requirePresent(path: string): void {
  if (!existsSync(path)) throw new InputFileError(path, 'restoration resource missing', 'run `npx tsx scripts/build-lm.ts` to build it');
}

function readRequired(path: string): Buffer {
  requirePresent(path);
  return readFileSync(path);
}

const DEFAULT_LEARNED_CHANNEL_WEIGHT = 0.9;

export function loadChannel(dir: string, options: RestorerOptions): ChannelModel {
  const provisional = new ChannelModel(provisionalChannelEntries(), PROVISIONAL_CHANNEL_VERSION);
  const learned = options.channel === 'provisional' ? null : loadLearnedChannel(dir);
  if (learned === null) {
    if (options.channel === 'learned' || options.channel === 'mixed') {
      throw new InputFileError(join(dir, CHANNEL_FILE), 'learned OCR channel table not found');
    }
    return provisional;
  }
  if (options.channel === 'learned') return learned;
  const weight = options.learnedChannelWeight ?? DEFAULT_LEARNED_CHANNEL_WEIGHT;
  return mixChannels(learned, provisional, weight, `${learned.version}~${PROVISIONAL_CHANNEL_VERSION}@${weight}`);
}

function loadLearnedChannel(dir: string): ChannelModel | null {
  const path = join(dir, CHANNEL_FILE);
  if (existsSync(path)) {
    const source = readFileSync(path);
    let raw: unknown;
    try {
      raw = JSON.parse(source.toString('utf8'));
    } catch {
      throw new InputFileError(path, 'OCR channel table is not valid JSON');
    }
    const table = parseOcrChannel(raw, path);
    const entries: ChannelEntry[] = table.entries.map((e) => ({ truth: e.truth, ocr: e.ocr, logProb: e.logProb }));
    return new ChannelModel(entries, `channel-${createHash('sha256').update(source).digest('hex').slice(0, 12)}`, {
      floors: new Map(table.floors.map((f) => [f.truth, f.logProb])),
      defaultFloor: table.defaultFloorLogProb,
      unknownIdentity: table.unknownIdentityLogProb,
    });
  }
  return null;
}


/** The syllables of dictionaries/person-names.txt by their place in a name (null when the file is absent). */
function loadPersonNames(dir: string): PersonNames | null {
  const path = join(dir, PERSON_NAMES_FILE);
  if (!existsSync(path)) return null;
  try {
    return parsePersonNames(path, readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputFileError(path, error instanceof Error ? error.message : String(error));
  }
}

/** Surname–middle and middle–given pairs of the person-name list, both words capitalised as in a name. */
function personNamePairsOf(names: PersonNames | null): string[] {
  if (names === null) return [];
  return personNameFragments(names).map(([a, b]) => `${a} ${(b as string).charAt(0).toUpperCase()}${(b as string).slice(1)}`);
}

/** The administrative units of dictionaries/place-names.txt (none when the file is absent). */
function loadPlaceNames(dir: string): PlaceName[] {
  const path = join(dir, PLACE_NAMES_FILE);
  if (!existsSync(path)) return [];
  try {
    return parsePlaceNames(path, readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputFileError(path, error instanceof Error ? error.message : String(error));
  }
}

/**
 * The candidate form index built ahead (scripts/build-candidate-index.ts), or null when the folder has none; the
 * generator uses it only if it was built from the same inventory, channel and options.
 */
function loadCandidateIndex(dir: string): CandidateFormIndex | null {
  const path = join(dir, CANDIDATE_INDEX_FILE);
  if (!existsSync(path)) return null;
  try {
    return readCandidateIndex(readFileSync(path));
  } catch (error) {
    if (error instanceof CandidateIndexFormatError) {
      throw new InputFileError(path, `candidate index: ${error.message}`, 'rebuild it with `npx tsx scripts/build-candidate-index.ts`');
    }
    throw error;
  }
}

export function loadInventory(dir: string, lm: SyllableLm): string[] {
  const listed = readRequired(join(dir, SYLLABLES_FILE))
    .toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const all = new Set(listed);
  // Every model word is tested, listed or not: the decoder asks the same of the vocabulary on its first text (far
  // candidates, licensing), and the answers are remembered (skipping listed words here only moved ~40 ms there).
  for (const token of lm.vocabulary) if (isWellFormedSyllable(token)) all.add(token);
  return [...all];
}

function loadHeavy(dir: string, options: RestorerOptions): HeavyResources {
  const key = JSON.stringify([dir, options.channel ?? 'default', options.learnedChannelWeight ?? null, options.candidates ?? {}]);
  const cached = heavyCache.get(key);
  if (cached) return cached;
  const lmPath = join(dir, LM_FILE);
  requirePresent(lmPath);
  const lm = SyllableLm.shared(lmPath);
  // The collocation index the decoder's licensed readings use, built with the model rather than on first use.
  lm.strongSuccessors(0);
  const channel = loadChannel(dir, options);
  const candidates = new CandidateGenerator(
    loadInventory(dir, lm),
    channel,
    { ...DEFAULT_CANDIDATE_OPTIONS, ...options.candidates },
    (syllable) => lm.unigram(lm.idOf(syllable)),
    loadCandidateIndex(dir),
  );
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
  const personNames = loadPersonNames(dir);
  const decoder = new Decoder({
    ...heavy,
    dictionary,
    personNamePairs: personNamePairsOf(personNames),
    personNames: personNames ?? undefined,
    placeNames: loadPlaceNames(dir),
    codeSegments: loadCodeSegments(dir),
    settings: { ...DEFAULT_DECODER_SETTINGS, ...options.decoder },
  });
  return {
    versions: { dictionary: `${dictionary.version}+${heavy.channel.version}`, languageModel: heavy.lm.version },
    restore(text: string): RestoreResult {
      return normaliseFractionSlashes(text, decoder.decode(text));
    },
  };
}
