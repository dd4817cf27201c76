/**
 * The decoder: per OCR word a small set of readings (keep it, or a valid syllable the channel explains), scored
 * by the syllable trigram model plus the channel, best sequence by beam search within each sentence.
 */
import type { Correction } from '../schema/document.js';
import {
  applyCase,
  canonicalSyllable,
  isWellFormedSyllable,
  isValidSyllable,
  normalizeVietnamese,
  stripDiacritics,
} from '../vietnamese/index.js';
import type { CandidateGenerator } from './candidates.js';
import type { ChannelModel } from './channel.js';
import type { RestoreDictionary } from './dictionary.js';
import { COMMA_TOKEN, NUMBER_TOKEN, SENTENCE_END, SENTENCE_START } from './lm-text.js';
import type { SyllableLm } from './lm.js';
import { tokenizeLine, type Piece } from './tokenize.js';

export interface DecoderSettings {
  /** Weight of the channel log-probability against the language model. */
  channelWeight: number;
  /** Channel score given to keeping a token that is not a valid syllable as it is. */
  keepUnexplained: number;
  /** Added to keeping a word the language model does not know (its <unk> mass is shared by many words). */
  unknownWordPenalty: number;
  /** Hypotheses kept per position. */
  beamSize: number;
  /** A change whose score beats the runner-up by less than this is flagged low-confidence. */
  lowConfidenceMargin: number;
}

export const DEFAULT_DECODER_SETTINGS: DecoderSettings = {
  channelWeight: 1,
  keepUnexplained: -11,
  unknownWordPenalty: -6,
  beamSize: 8,
  lowConfidenceMargin: 2,
};

type Reason = Correction['reason'];

interface Reading {
  output: string;
  lmId: number;
  channel: number;
  /** Set when a rule rather than the decoder chose this reading. */
  forcedReason?: Reason;
}

interface Slot {
  line: number;
  piece: Piece;
  readings: Reading[];
  /** Index of the reading that keeps the token as it is (after NFC). */
  keepIndex: number;
  chosen: number;
}

export interface DecodeResources {
  lm: SyllableLm;
  channel: ChannelModel;
  candidates: CandidateGenerator;
  dictionary: RestoreDictionary;
  settings: DecoderSettings;
}

export interface DecodeOutput {
  text: string;
  corrections: Correction[];
  stats: { syllables: number; validBefore: number; validAfter: number; changed: number; lowConfidence: number };
}

const SENTENCE_PUNCT = /[.;:!?…]/u;
const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•–])/u;
const ROMAN_LIKE = /^[IVX1l|]{1,4}$/u;
const UPPER_ABBREVIATION = /^(?=(?:.*\p{Lu}){2})[\p{Lu}&]+$/u;
const CAMEL_ABBREVIATION = /^\p{Lu}{2,}\p{Ll}+$/u;

/** Tokens nothing should change: abbreviations, known codes, single list letters. */
function isProtectedWord(text: string, next: Piece | undefined, dictionary: RestoreDictionary): boolean {
  if (dictionary.protectedTokens.has(text)) return true;
  if (UPPER_ABBREVIATION.test(text) && !isValidSyllable(text)) return true;
  if (CAMEL_ABBREVIATION.test(text) && !isValidSyllable(text)) return true;
  // Initials and column letters: a lone capital is not a syllable worth guessing.
  if (/^\p{Lu}$/u.test(text)) return true;
  if (/\d/u.test(text) && /^[\p{Lu}\d]+$/u.test(text) && /\p{Lu}.*\d|\d.*\p{Lu}/u.test(text) && text.length > 3) return true;
  // a) b) list markers.
  if ([...text].length === 1 && next?.kind === 'punct' && next.text.startsWith(')')) return true;
  return false;
}

function reasonFor(from: string, to: string): Reason {
  if (canonicalSyllable(from) === canonicalSyllable(to) || from.normalize('NFC') === to) return 'normalize';
  if (stripDiacritics(from).toLowerCase() === stripDiacritics(to).toLowerCase()) return 'lm';
  return 'confusion';
}

export class Decoder {
  private readonly readingCache = new Map<string, { readings: Reading[]; keepIndex: number }>();
  private readonly startId: number;
  private readonly endId: number;
  private readonly numberId: number;
  private readonly commaId: number;

  constructor(private readonly r: DecodeResources) {
    this.startId = r.lm.idOf(SENTENCE_START);
    this.endId = r.lm.idOf(SENTENCE_END);
    this.numberId = r.lm.idOf(NUMBER_TOKEN);
    this.commaId = r.lm.idOf(COMMA_TOKEN);
  }

  private lmIdOfWord(text: string): number {
    const lower = text.toLowerCase();
    return this.r.lm.has(lower) ? this.r.lm.idOf(lower) : this.r.lm.idOf(canonicalSyllable(lower));
  }

  private fixed(output: string, lmId: number, forcedReason?: Reason): { readings: Reading[]; keepIndex: number } {
    const reading: Reading = { output, lmId, channel: 0 };
    if (forcedReason) reading.forcedReason = forcedReason;
    return { readings: [reading], keepIndex: 0 };
  }

  /** Readings of a word token that no rule fixed: keep it, or the channel's candidates. */
  private readingsOf(text: string): { readings: Reading[]; keepIndex: number } {
    const cached = this.readingCache.get(text);
    if (cached) return cached;
    const lower = text.toLowerCase();
    const valid = isWellFormedSyllable(text);
    const ownCanonical = valid ? canonicalSyllable(text) : null;
    const readings: Reading[] = [];
    let keepIndex = -1;
    for (const candidate of this.r.candidates.candidatesFor(lower)) {
      const isOwn = candidate.syllable === ownCanonical;
      if (isOwn) keepIndex = readings.length;
      readings.push({
        output: isOwn ? text : applyCase(text, candidate.syllable),
        lmId: this.r.lm.idOf(candidate.syllable),
        channel: candidate.channel,
      });
    }
    if (keepIndex < 0) {
      keepIndex = readings.length;
      const lmId = this.lmIdOfWord(text);
      let channel = valid ? this.r.channel.score(lower, lower) : this.r.settings.keepUnexplained;
      // <unk> carries the mass of every rare word; one unknown word gets only a share of it.
      if (lmId === this.r.lm.unknownId) channel += this.r.settings.unknownWordPenalty;
      readings.push({ output: text, lmId, channel });
    }
    const result = { readings, keepIndex };
    this.readingCache.set(text, result);
    return result;
  }

  private slotsOfLine(line: string, lineNumber: number): Array<Slot | 'boundary' | number> {
    const pieces = tokenizeLine(line);
    const out: Array<Slot | 'boundary' | number> = [];
    if (line.trim() === '' || LIST_MARKER.test(line)) out.push('boundary');
    const firstWord = pieces.findIndex((p) => p.kind !== 'punct');
    for (let i = 0; i < pieces.length; i += 1) {
      const piece = pieces[i] as Piece;
      const next = pieces[i + 1];
      if (piece.kind === 'number') {
        out.push(this.numberId);
        continue;
      }
      if (piece.kind === 'punct') {
        if (SENTENCE_PUNCT.test(piece.text)) out.push('boundary');
        else if (piece.text.includes(',')) out.push(this.commaId);
        continue;
      }
      const text = normalizeVietnamese(piece.text);
      let choice: { readings: Reading[]; keepIndex: number };
      if (piece.kind === 'link') choice = this.fixed(text, this.r.lm.unknownId);
      else if (i === firstWord && ROMAN_LIKE.test(text) && /[I|]/u.test(text) && next?.text.startsWith('.')) {
        // Section numerals: OCR reads I as | or 1 (`|.`, `I1.`).
        choice = this.fixed(text.replace(/[1l|]/gu, 'I'), this.r.lm.unknownId, 'confusion');
      } else if (this.r.dictionary.codeCorrections.has(text)) {
        const to = this.r.dictionary.codeCorrections.get(text) as string;
        choice = this.fixed(to, this.lmIdOfWord(to), 'dictionary');
      } else if (isProtectedWord(text, next, this.r.dictionary)) choice = this.fixed(text, this.lmIdOfWord(text));
      else choice = this.readingsOf(text);
      out.push({ line: lineNumber, piece, readings: choice.readings, keepIndex: choice.keepIndex, chosen: 0 });
    }
    return out;
  }

  /** Forces dictionary corrections (`thw vién → thư viện`) on runs of consecutive word slots. */
  private applyCorrections(items: Array<Slot | 'boundary' | number>): void {
    if (this.r.dictionary.corrections.length === 0) return;
    const words = items.filter((item): item is Slot => typeof item === 'object');
    for (let i = 0; i < words.length; i += 1) {
      for (const correction of this.r.dictionary.corrections) {
        const n = correction.from.length;
        if (i + n > words.length) continue;
        let matches = true;
        for (let k = 0; k < n && matches; k += 1) {
          const slot = words[i + k] as Slot;
          matches = normalizeVietnamese(slot.piece.text).toLowerCase() === correction.from[k];
        }
        if (!matches) continue;
        for (let k = 0; k < n; k += 1) {
          const slot = words[i + k] as Slot;
          const to = applyCase(normalizeVietnamese(slot.piece.text), correction.to[k] as string);
          const forced = this.fixed(to, this.lmIdOfWord(to), 'dictionary');
          slot.readings = forced.readings;
          slot.keepIndex = -1;
        }
      }
    }
  }

  /** Beam search over one sentence; writes each slot's chosen reading. */
  private decodeSegment(segment: Array<Slot | number>): void {
    interface Hyp {
      w1: number;
      w2: number;
      score: number;
      back: Hyp | null;
      choice: number;
    }
    const { lm } = this.r;
    const { channelWeight, beamSize } = this.r.settings;
    const V = lm.vocabulary.length;
    let hyps: Hyp[] = [{ w1: -1, w2: this.startId, score: 0, back: null, choice: -1 }];
    for (const item of segment) {
      const readings = typeof item === 'number' ? [{ lmId: item, channel: 0 }] : item.readings;
      const best = new Map<number, Hyp>();
      for (const h of hyps) {
        for (let k = 0; k < readings.length; k += 1) {
          const reading = readings[k] as { lmId: number; channel: number };
          const score = h.score + lm.logProb(h.w1, h.w2, reading.lmId) + channelWeight * reading.channel;
          const key = h.w2 * V + reading.lmId;
          const existing = best.get(key);
          if (!existing || existing.score < score) best.set(key, { w1: h.w2, w2: reading.lmId, score, back: h, choice: k });
        }
      }
      hyps = [...best.values()];
      if (hyps.length > beamSize) hyps = hyps.sort((a, b) => b.score - a.score).slice(0, beamSize);
    }
    let final: Hyp | null = null;
    let finalScore = -Infinity;
    for (const h of hyps) {
      const score = h.score + lm.logProb(h.w1, h.w2, this.endId);
      if (score > finalScore) {
        finalScore = score;
        final = h;
      }
    }
    for (let i = segment.length - 1; i >= 0 && final; i -= 1) {
      const item = segment[i];
      if (typeof item === 'object') item.chosen = final.choice;
      final = final.back;
    }
  }

  /** Score of each reading of a slot in the context the best path gave it. */
  private localScores(segment: Array<Slot | number>, index: number): number[] {
    const ids = segment.map((item) => (typeof item === 'number' ? item : (item.readings[item.chosen] as Reading).lmId));
    const w1 = index >= 2 ? (ids[index - 2] as number) : index === 1 ? this.startId : -1;
    const w2 = index >= 1 ? (ids[index - 1] as number) : this.startId;
    const n1 = index + 1 < ids.length ? (ids[index + 1] as number) : this.endId;
    const n2 = index + 2 < ids.length ? (ids[index + 2] as number) : index + 1 < ids.length ? this.endId : -1;
    const { lm, settings } = this.r;
    const slot = segment[index] as Slot;
    return slot.readings.map((reading) => {
      let score = lm.logProb(w1, w2, reading.lmId) + lm.logProb(w2, reading.lmId, n1) + settings.channelWeight * reading.channel;
      if (n2 >= 0) score += lm.logProb(reading.lmId, n1, n2);
      return score;
    });
  }

  decode(text: string): DecodeOutput {
    const lines = text.split('\n');
    const items: Array<Slot | 'boundary' | number> = [];
    lines.forEach((line, index) => items.push(...this.slotsOfLine(line, index + 1)));
    this.applyCorrections(items);

    const corrections: Correction[] = [];
    const outputs = new Map<Slot, string>();
    let segment: Array<Slot | number> = [];
    const flush = (): void => {
      if (segment.length === 0) return;
      this.decodeSegment(segment);
      segment.forEach((item, index) => {
        if (typeof item === 'number') return;
        const reading = item.readings[item.chosen] as Reading;
        outputs.set(item, reading.output);
        if (reading.output === item.piece.text) return;
        let score = 0;
        let lowConfidence = false;
        if (item.readings.length > 1) {
          const scores = this.localScores(segment, index);
          const chosenScore = scores[item.chosen] as number;
          score = item.keepIndex >= 0 ? chosenScore - (scores[item.keepIndex] as number) : 0;
          const runnerUp = Math.max(-Infinity, ...scores.filter((_, k) => k !== item.chosen));
          lowConfidence = chosenScore - runnerUp < this.r.settings.lowConfidenceMargin;
        }
        corrections.push({
          line: item.line,
          column: item.piece.start + 1,
          from: item.piece.text,
          to: reading.output,
          reason: reading.forcedReason ?? reasonFor(item.piece.text, reading.output),
          score: Math.round(score * 100) / 100,
          lowConfidence,
        });
      });
      segment = [];
    };
    for (const item of items) {
      if (item === 'boundary') flush();
      else segment.push(item);
    }
    flush();

    // Rebuild each line: only the slots' own spans change.
    const slotsByLine = new Map<number, Slot[]>();
    for (const slot of outputs.keys()) {
      const list = slotsByLine.get(slot.line);
      if (list) list.push(slot);
      else slotsByLine.set(slot.line, [slot]);
    }
    const restoredLines = lines.map((line, index) => {
      const slots = slotsByLine.get(index + 1);
      if (!slots) return line;
      let out = '';
      let cursor = 0;
      for (const slot of slots) {
        out += line.slice(cursor, slot.piece.start) + (outputs.get(slot) as string);
        cursor = slot.piece.start + slot.piece.text.length;
      }
      return out + line.slice(cursor);
    });

    corrections.sort((a, b) => a.line - b.line || a.column - b.column);
    const slots = [...outputs.keys()];
    return {
      text: restoredLines.join('\n'),
      corrections,
      stats: {
        syllables: slots.length,
        validBefore: slots.filter((s) => isWellFormedSyllable(s.piece.text)).length,
        validAfter: slots.filter((s) => isWellFormedSyllable(outputs.get(s) as string)).length,
        changed: corrections.length,
        lowConfidence: corrections.filter((c) => c.lowConfidence).length,
      },
    };
  }
}
