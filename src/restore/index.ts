import type { Correction } from '../schema/document.js';

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
}

const LEGACY_ETH: Record<string, string> = { ð: 'đ', Ð: 'Đ' };

/** First version: Unicode NFC and legacy eth only (the restoration issue replaces this). */
export async function loadRestorer(_options: RestorerOptions = {}): Promise<Restorer> {
  return {
    versions: { dictionary: 'none', languageModel: 'none' },
    restore(text: string): RestoreResult {
      const corrections: Correction[] = [];
      const lines = text.split('\n').map((raw, index) => {
        let out = '';
        for (const token of raw.split(/(\s+)/)) {
          const fixed = token.normalize('NFC').replace(/[ðÐ]/g, (c) => LEGACY_ETH[c] ?? c);
          if (fixed !== token) {
            corrections.push({ line: index + 1, column: out.length + 1, from: token, to: fixed, reason: 'normalize', score: 0, lowConfidence: false });
          }
          out += fixed;
        }
        return out;
      });
      const syllables = (text.match(/\p{L}+/gu) ?? []).length;
      return {
        text: lines.join('\n'),
        corrections,
        stats: { syllables, validBefore: 0, validAfter: 0, changed: corrections.length, lowConfidence: 0 },
      };
    },
  };
}
