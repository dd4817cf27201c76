/**
 * The candidate generator's index of likely OCR forms: for every indexed spelling of every inventory syllable, its
 * best OCR forms under the channel (at most `limit`, none below `floor`), filed by form. It is the same whether it
 * is enumerated at load or read from dictionaries/candidate-index.bin, which scripts/build-candidate-index.ts
 * writes: the file carries a fingerprint of everything the enumeration reads (the inventory, the channel's
 * readings, the limits), and a file whose fingerprint differs is not used.
 *
 * File: "VNCI" · u32 header length · header JSON (space-padded to 8 bytes) · body of little-endian arrays, each on an
 * 8-byte boundary: keyHigh i32[F] · keyLow i32[F] · formStart i32[F + 1] · entrySpelling i32[E] · entryChannel f64[E].
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { alignUp, checkedBody, crc32, readContainerHeader, writeContainer, type ContainerKind } from './binary-file.js';
import type { ChannelModel } from './channel.js';

export const CANDIDATE_INDEX_FILE = 'candidate-index.bin';
/** Bump when the enumeration below changes what it produces (the fingerprint includes it). */
export const CANDIDATE_INDEX_FORMAT = 'vnplan-candidate-index/1';
const MAGIC = 'VNCI';

/** Forms of up to this many UTF-16 units are found by a numeric key, half of the units in each of its two numbers. */
const FORM_KEY_UNITS = 8;
/** Digits 1 … 214 in base 215: four of them stay below 2^31. */
const FORM_KEY_RADIX = 215;
const MAX_FORM_DIGIT = FORM_KEY_RADIX - 1;

/** The form index; its forms are sorted by key (keyHigh, then keyLow), forms without a key in `longForms`. */
export interface CandidateFormIndex {
  fingerprint: string;
  /** Per inventory syllable: its other tone placement (hoá for hóa), or '' when it has none. */
  otherSpellings: string[];
  /** The UTF-16 units that have a digit in form keys, in digit order (the first has digit 1). */
  formUnits: string;
  keyHigh: Int32Array;
  keyLow: Int32Array;
  /** Forms that have no numeric key (too long, or a unit beyond the digits): text → form number. */
  longForms: Map<string, number>;
  /** The entries of form f: entrySpelling / entryChannel[formStart[f] .. formStart[f + 1]). */
  formStart: Int32Array;
  /** Spelling number: the inventory's syllables in order, each followed by its other placement when it has one. */
  entrySpelling: Int32Array;
  /** log P(form | spelling) along the enumeration's alignment. */
  entryChannel: Float64Array;
}

/**
 * What the enumeration reads, hashed: the format, the limits, the inventory in order and every channel reading in
 * order (a different tie order would file forms differently).
 */
export function candidateIndexFingerprint(inventory: readonly string[], channel: ChannelModel, limit: number, floor: number): string {
  const hash = createHash('sha256');
  hash.update(`${CANDIDATE_INDEX_FORMAT}\n${limit}\n${floor}\n`);
  hash.update(inventory.join('\n'));
  hash.update('\n\u0000\n');
  const parts: string[] = [];
  for (const [truth, readings] of channel.readings) {
    parts.push(truth);
    for (const reading of readings) parts.push(`${reading.ocr}\u0001${reading.logProb}`);
    parts.push('\u0002');
  }
  hash.update(parts.join('\u0003'));
  return hash.digest('hex');
}

/** One level of a spelling's form enumeration: the best partial OCR forms of its letters so far, best first. */
interface FormLevel {
  texts: string[];
  logProbs: number[];
}

/** The digit of each UTF-16 unit in form keys (0: none), built as forms are keyed or from a file's unit list. */
export class FormKeys {
  readonly digits = new Uint8Array(0x10000);
  units = '';
  high = 0;
  low = 0;

  constructor(units = '') {
    for (let i = 0; i < units.length && i < MAX_FORM_DIGIT; i += 1) this.digits[units.charCodeAt(i)] = i + 1;
    this.units = units.slice(0, MAX_FORM_DIGIT);
  }

  /**
   * Puts the key of `text` in high/low: its first four units as base-215 digits, then the next four (digits start
   * at 1, so keys of different lengths differ). False when the text is too long or holds a unit without a digit
   * (with `assign`, units get digits while any are left).
   */
  key(text: string, assign: boolean): boolean {
    if (text.length > FORM_KEY_UNITS) return false;
    let low = 0;
    let high = 0;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      let digit = this.digits[unit] as number;
      if (digit === 0) {
        if (!assign || this.units.length >= MAX_FORM_DIGIT) return false;
        this.units += text.charAt(i);
        digit = this.units.length;
        this.digits[unit] = digit;
      }
      if (i < FORM_KEY_UNITS / 2) low = low * FORM_KEY_RADIX + digit;
      else high = high * FORM_KEY_RADIX + digit;
    }
    this.low = low;
    this.high = high;
    return true;
  }
}

/** The form number of `text` in the index, or -1. */
export function findForm(index: CandidateFormIndex, keys: FormKeys, text: string): number {
  if (!keys.key(text, false)) return index.longForms.get(text) ?? -1;
  const { high, low } = keys;
  let from = 0;
  let to = index.keyHigh.length - 1;
  while (from <= to) {
    const mid = (from + to) >> 1;
    const h = index.keyHigh[mid] as number;
    const l = index.keyLow[mid] as number;
    if (h === high && l === low) return mid;
    if (h < high || (h === high && l < low)) from = mid + 1;
    else to = mid - 1;
  }
  return -1;
}

/** The spellings the index enumerates, in spelling-number order: [syllable, spelling] pairs. */
export function indexedSpellings(inventory: readonly string[], otherSpellings: readonly string[]): { syllables: string[]; spellings: string[] } {
  const syllables: string[] = [];
  const spellings: string[] = [];
  for (let i = 0; i < inventory.length; i += 1) {
    const syllable = inventory[i] as string;
    syllables.push(syllable);
    spellings.push(syllable);
    const other = otherSpellings[i] as string;
    if (other !== '') {
      syllables.push(syllable);
      spellings.push(other);
    }
  }
  return { syllables, spellings };
}

/**
 * Enumerates every spelling's best OCR forms. A level's forms depend only on the letters so far, so spellings are
 * visited in sorted order and share the levels of their common prefix; the entries are then filed in spelling
 * order, as if each spelling had been enumerated in turn, a form at most once per spelling (at its best).
 */
export function buildCandidateFormIndex(
  inventory: readonly string[],
  otherSpellings: readonly string[],
  channel: ChannelModel,
  limit: number,
  floor: number,
): CandidateFormIndex {
  const { spellings } = indexedSpellings(inventory, otherSpellings);
  const finals: Array<FormLevel | null> = new Array<FormLevel | null>(spellings.length).fill(null);
  if (limit > 0) {
    const enumerate = levelEnumerator(channel, limit, floor);
    const order = spellings.map((_, i) => i).sort((x, y) => compareUnits(spellings[x] as string, spellings[y] as string) || x - y);
    const stack: FormLevel[] = [{ texts: [''], logProbs: [0] }];
    let previous: string[] = [];
    for (const index of order) {
      const letters = [...(spellings[index] as string)];
      let shared = 0;
      while (shared < letters.length && shared < previous.length && letters[shared] === previous[shared]) shared += 1;
      stack.length = shared + 1;
      for (let depth = shared; depth < letters.length; depth += 1) stack.push(enumerate(stack[depth] as FormLevel, letters[depth] as string));
      finals[index] = stack[letters.length] as FormLevel;
      previous = letters;
    }
  }
  return fileForms(finals, candidateIndexFingerprint(inventory, channel, limit, floor), [...otherSpellings]);
}

/** Orders strings by UTF-16 code units (what a sort without a comparator does), without building keys. */
function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The step of the enumeration: a level's best forms extended by one letter (at most `limit`, none below `floor`). */
function levelEnumerator(channel: ChannelModel, limit: number, floor: number): (level: FormLevel, ch: string) => FormLevel {
  const logProbs = new Float64Array(limit);
  const parents = new Int32Array(limit);
  const chosenReadings = new Int32Array(limit);
  return (level, ch) => {
    const { texts, logProbs: partialLogProbs } = level;
    // Both lists are best first, so the k best extensions are found without scoring every pair.
    const readings = channel.readings.get(ch) ?? [{ ocr: ch, logProb: -0.1 }];
    const bestReading = readings[0]?.logProb ?? 0;
    let count = 0;
    let threshold = floor;
    for (let parent = 0; parent < texts.length; parent += 1) {
      const partialLogProb = partialLogProbs[parent] as number;
      if (partialLogProb + bestReading < threshold) break;
      for (let r = 0; r < readings.length; r += 1) {
        const logProb = partialLogProb + (readings[r] as { logProb: number }).logProb;
        if (logProb < threshold) break;
        // After every form at least as likely (a tie keeps the earlier form first).
        let at = count;
        while (at > 0 && (logProbs[at - 1] as number) < logProb) at -= 1;
        if (at >= limit) continue;
        for (let k = Math.min(count, limit - 1); k > at; k -= 1) {
          logProbs[k] = logProbs[k - 1] as number;
          parents[k] = parents[k - 1] as number;
          chosenReadings[k] = chosenReadings[k - 1] as number;
        }
        logProbs[at] = logProb;
        parents[at] = parent;
        chosenReadings[at] = r;
        if (count < limit) count += 1;
        if (count === limit) threshold = Math.max(floor, logProbs[limit - 1] as number);
      }
    }
    const nextTexts = new Array<string>(count);
    const nextLogProbs = new Array<number>(count);
    for (let k = 0; k < count; k += 1) {
      nextTexts[k] = (texts[parents[k] as number] as string) + (readings[chosenReadings[k] as number] as { ocr: string }).ocr;
      nextLogProbs[k] = logProbs[k] as number;
    }
    return { texts: nextTexts, logProbs: nextLogProbs };
  };
}

/** Files each spelling's final forms by form; forms are then numbered in key order. */
function fileForms(finals: ReadonlyArray<FormLevel | null>, fingerprint: string, otherSpellings: string[]): CandidateFormIndex {
  const keys = new FormKeys();
  const formOfText = new Map<string, number>();
  const textOfForm: string[] = [];
  const entryForms: number[] = [];
  const entrySpellings: number[] = [];
  const entryChannels: number[] = [];
  let lastSpelling = new Int32Array(1024).fill(-1);
  for (let spelling = 0; spelling < finals.length; spelling += 1) {
    const level = finals[spelling];
    if (!level) continue;
    for (let k = 0; k < level.texts.length; k += 1) {
      const text = level.texts[k] as string;
      if (text === '') continue;
      let form = formOfText.get(text);
      if (form === undefined) {
        form = textOfForm.length;
        formOfText.set(text, form);
        textOfForm.push(text);
        if (form >= lastSpelling.length) {
          const grown = new Int32Array(lastSpelling.length * 2).fill(-1);
          grown.set(lastSpelling);
          lastSpelling = grown;
        }
      }
      if (lastSpelling[form] === spelling) continue;
      lastSpelling[form] = spelling;
      entryForms.push(form);
      entrySpellings.push(spelling);
      entryChannels.push(level.logProbs[k] as number);
    }
  }
  // Number the keyed forms in key order (a binary search finds them), the others after them.
  const keyed: Array<{ form: number; high: number; low: number }> = [];
  const longForms = new Map<string, number>();
  const unkeyed: number[] = [];
  for (let form = 0; form < textOfForm.length; form += 1) {
    if (keys.key(textOfForm[form] as string, true)) keyed.push({ form, high: keys.high, low: keys.low });
    else unkeyed.push(form);
  }
  keyed.sort((a, b) => a.high - b.high || a.low - b.low);
  const numberOf = new Int32Array(textOfForm.length);
  keyed.forEach((k, n) => (numberOf[k.form] = n));
  unkeyed.forEach((form, n) => {
    numberOf[form] = keyed.length + n;
    longForms.set(textOfForm[form] as string, keyed.length + n);
  });
  // A stable counting sort by form number: each form's entries keep their filing order.
  const forms = textOfForm.length;
  const formStart = new Int32Array(forms + 1);
  for (const form of entryForms) {
    const n = (numberOf[form] as number) + 1;
    formStart[n] = (formStart[n] as number) + 1;
  }
  for (let f = 0; f < forms; f += 1) formStart[f + 1] = (formStart[f + 1] as number) + (formStart[f] as number);
  const fill = formStart.slice(0, forms);
  const entrySpelling = new Int32Array(entryForms.length);
  const entryChannel = new Float64Array(entryForms.length);
  for (let e = 0; e < entryForms.length; e += 1) {
    const n = numberOf[entryForms[e] as number] as number;
    const at = fill[n] as number;
    fill[n] = at + 1;
    entrySpelling[at] = entrySpellings[e] as number;
    entryChannel[at] = entryChannels[e] as number;
  }
  return {
    fingerprint,
    otherSpellings,
    formUnits: keys.units,
    keyHigh: Int32Array.from(keyed, (k) => k.high),
    keyLow: Int32Array.from(keyed, (k) => k.low),
    longForms,
    formStart,
    entrySpelling,
    entryChannel,
  };
}

export const CandidateIndexHeaderSchema = z.object({
  format: z.literal(CANDIDATE_INDEX_FORMAT),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/u),
  otherSpellings: z.array(z.string()),
  formUnits: z.string().max(MAX_FORM_DIGIT),
  longForms: z.array(z.tuple([z.string(), z.int().min(0)])),
  keyedForms: z.int().min(0),
  forms: z.int().min(0),
  entries: z.int().min(0),
  byteOrder: z.literal('LE'),
  bodyBytes: z.int().min(0),
  bodyCrc32: z.int().min(0),
});
export type CandidateIndexHeader = z.infer<typeof CandidateIndexHeaderSchema>;

/** A candidate index file that cannot be read: the message says why, the caller names the file. */
export class CandidateIndexFormatError extends Error {}

function layoutOf(keyed: number, forms: number, entries: number): { offsets: number[]; bodyBytes: number } {
  const sizes = [keyed * 4, keyed * 4, (forms + 1) * 4, entries * 4, entries * 8];
  const offsets: number[] = [];
  let offset = 0;
  for (const size of sizes) {
    offsets.push(offset);
    offset = alignUp(offset + size);
  }
  return { offsets, bodyBytes: offset };
}

export function serializeCandidateIndex(index: CandidateFormIndex): Buffer {
  const keyed = index.keyHigh.length;
  const forms = index.formStart.length - 1;
  const entries = index.entrySpelling.length;
  const layout = layoutOf(keyed, forms, entries);
  const body = Buffer.alloc(layout.bodyBytes);
  [index.keyHigh, index.keyLow, index.formStart, index.entrySpelling, index.entryChannel].forEach((array, k) =>
    body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), layout.offsets[k] as number),
  );
  const header: CandidateIndexHeader = {
    format: CANDIDATE_INDEX_FORMAT,
    fingerprint: index.fingerprint,
    otherSpellings: index.otherSpellings,
    formUnits: index.formUnits,
    longForms: [...index.longForms],
    keyedForms: keyed,
    forms,
    entries,
    byteOrder: 'LE',
    bodyBytes: layout.bodyBytes,
    bodyCrc32: crc32(body),
  };
  return writeContainer(MAGIC, header, body);
}

/** The index a file holds, its arrays viewed in place. Throws CandidateIndexFormatError when it cannot be read. */
export function readCandidateIndex(file: Uint8Array): CandidateFormIndex {
  const fail = (message: string): Error => new CandidateIndexFormatError(message);
  const kind: ContainerKind<CandidateIndexHeader> = { magic: MAGIC, what: 'candidate index', format: CANDIDATE_INDEX_FORMAT, schema: CandidateIndexHeaderSchema, fail };
  const { header, bodyOffset } = readContainerHeader(file, kind);
  const layout = layoutOf(header.keyedForms, header.forms, header.entries);
  if (layout.bodyBytes !== header.bodyBytes || file.byteLength !== bodyOffset + header.bodyBytes) {
    throw new CandidateIndexFormatError(`body is ${file.byteLength - bodyOffset} bytes, the header's counts need ${layout.bodyBytes} (truncated or padded file)`);
  }
  const body = checkedBody(file, bodyOffset, header.bodyCrc32, fail);
  const at = (k: number): number => body.byteOffset + (layout.offsets[k] as number);
  const index: CandidateFormIndex = {
    fingerprint: header.fingerprint,
    otherSpellings: header.otherSpellings,
    formUnits: header.formUnits,
    keyHigh: new Int32Array(body.buffer, at(0), header.keyedForms),
    keyLow: new Int32Array(body.buffer, at(1), header.keyedForms),
    longForms: new Map(header.longForms),
    formStart: new Int32Array(body.buffer, at(2), header.forms + 1),
    entrySpelling: new Int32Array(body.buffer, at(3), header.entries),
    entryChannel: new Float64Array(body.buffer, at(4), header.entries),
  };
  if (index.formStart[0] !== 0 || index.formStart[header.forms] !== header.entries || header.keyedForms + header.longForms.length !== header.forms) {
    throw new CandidateIndexFormatError('form index does not cover the entries');
  }
  return index;
}
