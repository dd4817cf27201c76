import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChannelModel, mixChannels } from '../../src/restore/channel.js';
import { CandidateGenerator } from '../../src/restore/candidates.js';
import { SyllableLm } from '../../src/restore/lm.js';
import { lmSentencesOfCleanText } from '../../src/restore/lm-text.js';
import { provisionalChannelEntries } from '../../src/restore/provisional-channel.js';
import { tokenizeLine } from '../../src/restore/tokenize.js';
import { DEFAULT_DICTIONARY_DIR, LM_FILE } from '../../src/restore/index.js';
import { tinyLmTables } from './tiny-lm.js';

const provisional = new ChannelModel(provisionalChannelEntries(), 'test');

describe('tokenizeLine', () => {
  it('peels punctuation, splits codes on / and -, and keeps offsets into the line', () => {
    const pieces = tokenizeLine('Căn cứ “Quyết định” số 1520/QD-TTg, ngày');
    expect(pieces.map((p) => [p.text, p.kind, p.start])).toEqual([
      ['Căn', 'word', 0],
      ['cứ', 'word', 4],
      ['“', 'punct', 7],
      ['Quyết', 'word', 8],
      ['định', 'word', 14],
      ['”', 'punct', 18],
      ['số', 'word', 20],
      ['1520', 'number', 23],
      ['/', 'punct', 27],
      ['QD', 'word', 28],
      ['-', 'punct', 30],
      ['TTg', 'word', 31],
      [',', 'punct', 34],
      ['ngày', 'word', 36],
    ]);
  });

  it('keeps OCR symbols inside words and links whole', () => {
    expect(tokenizeLine('1& x4 s6 www.langson.gov.vn.').map((p) => [p.text, p.kind])).toEqual([
      ['1&', 'word'],
      ['x4', 'word'],
      ['s6', 'word'],
      ['www.langson.gov.vn', 'link'],
      ['.', 'punct'],
    ]);
  });
});

describe('ChannelModel', () => {
  it('gives the same score with a floor the score clears, and a score below a floor it cannot reach', () => {
    for (const [truth, ocr] of [['thư', 'thw'], ['đẩy', 'pay'], ['của', 'cia'], ['ngày', 'ngdy']] as const) {
      const score = provisional.score(truth, ocr);
      expect(provisional.score(truth, ocr, score - 0.01)).toBe(score);
      expect(provisional.score(truth, ocr, score + 1)).toBeLessThan(score + 1);
      expect(provisional.score(truth, ocr, 0.5)).toBe(Number.NEGATIVE_INFINITY);
    }
    // Astral characters are aligned as one character each.
    expect(Number.isFinite(provisional.score('a', '𝐚'))).toBe(true);
  });

  it('explains typical English-model misreadings better than unrelated syllables', () => {
    expect(provisional.score('thư', 'thw')).toBeGreaterThan(provisional.score('tha', 'thw'));
    expect(provisional.score('số', 's6')).toBeGreaterThan(provisional.score('sáu', 's6'));
    expect(provisional.score('là', '1&')).toBeGreaterThan(-8);
    expect(provisional.score('đẩy', 'pay')).toBeGreaterThan(provisional.score('pay', 'pay') - 8);
  });

  it('prints a clean letter as itself with a fair probability (clean input stays clean)', () => {
    expect(provisional.score('đồng', 'đồng')).toBeGreaterThan(provisional.score('cộng', 'đồng') + 5);
  });

  it('refuses OCR strings longer than three characters per true character', () => {
    expect(provisional.score('a', 'abcd')).toBe(Number.NEGATIVE_INFINITY);
  });

  it('mixes a learned table with the prior so unseen readings keep some probability', () => {
    const learned = new ChannelModel([{ truth: 'ố', ocr: 'o', logProb: Math.log(0.9) }], 'learned', {
      floors: new Map([['ố', -12]]),
      defaultFloor: -12,
      unknownIdentity: -0.7,
    });
    const mixed = mixChannels(learned, provisional, 0.8, 'mixed');
    expect(mixed.emission('ố', 'o')).toBeCloseTo(Math.log(0.8 * 0.9 + 0.2 * Math.exp(provisional.emission('ố', 'o'))), 5);
    expect(mixed.emission('ố', '6')).toBeGreaterThan(-5);
    expect(learned.emission('ố', '6')).toBe(-12);
  });
});

describe('CandidateGenerator', () => {
  const generator = new CandidateGenerator(['thư', 'thu', 'thừa', 'số', 'sở', 'là', 'lá', 'xã', 'hóa', 'lớp', 'của'], provisional);

  it('finds the true syllable of a garbled token among its candidates', () => {
    for (const [token, truth] of [['thw', 'thư'], ['s6', 'số'], ['1&', 'là'], ['x4', 'xã'], ['16p', 'lớp'], ['cia', 'của']] as const) {
      expect(generator.candidatesFor(token).map((c) => c.syllable), token).toContain(truth);
    }
  });

  it('offers the other tone placement as the spelling when the OCR shows it (hoá)', () => {
    const hoa = generator.candidatesFor('hoá').find((c) => c.syllable === 'hóa');
    expect(hoa?.spelling).toBe('hoá');
  });

  it('widens to nearby skeletons only when nothing in the index explains the token', () => {
    expect(generator.candidatesFor('thuw').map((c) => c.syllable)).toContain('thư');
  });
});

describe('lmSentencesOfCleanText', () => {
  it('keeps a name with a glottal apostrophe as one token, as the decoder reads it (Cư M’gar, H’Mông)', () => {
    expect(lmSentencesOfCleanText("huyện Cư M'gar, đồng bào H’Mông; rock 'n' roll")).toEqual([
      ['huyện', 'cư', "m'gar", '<,>', 'đồng', 'bào', "h'mông"],
      ['rock', 'n', 'roll'],
    ]);
  });
});

describe('Kneser–Ney trigram model', () => {
  const tables = tinyLmTables();
  const lm = SyllableLm.fromTables(tables);

  it('gives every context a proper distribution (probabilities sum to 1)', () => {
    for (const [w1, w2] of [['học', 'tập'], ['', 'thư'], ['<s>', 'học'], ['viện', 'tỉnh']] as const) {
      let sum = 0;
      for (let id = 0; id < lm.vocabulary.length; id += 1) sum += Math.exp(lm.logProb(w1 ? lm.idOf(w1) : -1, lm.idOf(w2), id));
      expect(sum, `${w1} ${w2}`).toBeCloseTo(1, 2);
    }
  });

  it('prefers seen continuations and keeps unseen vocabulary possible', () => {
    const id = (t: string): number => lm.idOf(t);
    expect(lm.logProb(id('học'), id('tập'), id('suốt'))).toBeGreaterThan(lm.logProb(id('học'), id('tập'), id('sách')));
    expect(lm.logProb(id('thư'), id('viện'), id('sở'))).toBeGreaterThan(-Infinity);
  });

  it('loads the shipped model with its vocabulary and version', () => {
    const shipped = SyllableLm.fromFile(readFileSync(join(DEFAULT_DICTIONARY_DIR, LM_FILE)));
    expect(shipped.version).toMatch(/^kn3-/);
    expect(shipped.has('thư')).toBe(true);
    const p = (a: string, b: string, c: string): number => shipped.logProb(shipped.idOf(a), shipped.idOf(b), shipped.idOf(c));
    expect(p('học', 'tập', 'suốt')).toBeGreaterThan(p('học', 'tập', 'suất'));
  });
});
