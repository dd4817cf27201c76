import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyCase,
  canonicalSyllable,
  composeSyllable,
  convertTextToneStyle,
  convertToneStyle,
  decomposeSyllable,
  detectToneStyle,
  isValidSyllable,
  isWellFormedSyllable,
  mapLegacyEth,
  stripDiacritics,
  toNfc,
  type Tone,
} from '../../src/vietnamese/index.js';

const SAMPLE_SYLLABLES = [
  'đẩy', 'mạnh', 'các', 'hoạt', 'động', 'phục', 'vụ', 'học', 'tập', 'suốt', 'đời', 'trong', 'thư', 'viện',
  'bảo', 'tàng', 'trung', 'tâm', 'văn', 'hóa', 'đến', 'năm', 'người', 'quyết', 'định', 'giữa', 'giếng', 'gìn',
  'khuyến', 'khích', 'thủy', 'ngoài', 'xoáy', 'khuỷu', 'quỳnh', 'nghiêng', 'ý', 'yêu', 'uy', 'oằn', 'thuở',
  'xuân', 'thuế', 'của', 'xã', 'là', 'lớp', 'số', 'có', 'Việt', 'Nam',
];

describe('isValidSyllable', () => {
  it('accepts real syllables with and without diacritics, in any case', () => {
    for (const word of SAMPLE_SYLLABLES) {
      expect(isValidSyllable(word), word).toBe(true);
      expect(isValidSyllable(stripDiacritics(word)), stripDiacritics(word)).toBe(true);
      expect(isValidSyllable(word.toUpperCase()), word.toUpperCase()).toBe(true);
    }
  });

  it('accepts decomposed (NFD) input and the legacy eth', () => {
    expect(isValidSyllable('Đẩy'.normalize('NFD'))).toBe(true);
    expect(isValidSyllable('ðến')).toBe(true);
  });

  it('rejects OCR garbage, abbreviations and foreign spellings', () => {
    for (const word of ['thw', 's6', '1&', 'x4', '16p', 'UBND', 'TTg', 'ddng', 'cta', 'Chl', 'ce', 'ghe'.slice(0, 2), 'ngi', 'quu', 'fo', 'wa', '']) {
      expect(isValidSyllable(word), word).toBe(false);
    }
  });

  it('rejects a stop coda with a tone other than sắc or nặng', () => {
    expect(isValidSyllable('học')).toBe(true);
    expect(isValidSyllable('hóc')).toBe(true);
    expect(isValidSyllable('hòc')).toBe(false);
    expect(isValidSyllable('hỏc')).toBe(false);
    expect(isValidSyllable('hoc')).toBe(true);
    expect(isWellFormedSyllable('hoc')).toBe(false);
    expect(isWellFormedSyllable('học')).toBe(true);
  });

  it('rejects two tone marks on one syllable', () => {
    expect(isValidSyllable('hóà')).toBe(false);
  });

  it('applies the c/k, g/gh and ng/ngh spelling rules', () => {
    expect(isValidSyllable('kế')).toBe(true);
    expect(isValidSyllable('cế')).toBe(false);
    // Place names: Bắc Kạn, Kon Tum, Đắk Lắk.
    expect(['Kạn', 'Kon', 'Đắk', 'Lắk'].every(isValidSyllable)).toBe(true);
    expect(isValidSyllable('ghi')).toBe(true);
    expect(isValidSyllable('gha')).toBe(false);
    expect(isValidSyllable('nghĩa')).toBe(true);
    expect(isValidSyllable('ngia')).toBe(false);
  });
});

describe('decomposeSyllable and composeSyllable', () => {
  it('splits onset, rime and tone', () => {
    expect(decomposeSyllable('Người')).toEqual({ onset: 'ng', rime: 'ươi', tone: 1 });
    expect(decomposeSyllable('quyết')).toEqual({ onset: 'qu', rime: 'yêt', tone: 2 });
    expect(decomposeSyllable('gì')).toEqual({ onset: 'g', rime: 'i', tone: 1 });
    expect(decomposeSyllable('giữa')).toEqual({ onset: 'gi', rime: 'ưa', tone: 4 });
    expect(decomposeSyllable('đẩy')).toEqual({ onset: 'đ', rime: 'ây', tone: 3 });
  });

  it('round-trips every sample syllable in old placement', () => {
    for (const word of SAMPLE_SYLLABLES) {
      const syllable = decomposeSyllable(word);
      expect(syllable, word).not.toBeNull();
      expect(composeSyllable(syllable!), word).toBe(canonicalSyllable(word));
    }
  });

  it('round-trips any tone on any valid toneless syllable (property)', () => {
    const bases = SAMPLE_SYLLABLES.map((w) => decomposeSyllable(w)!).filter((s) => !/(p|t|c|ch)$/.test(s.rime));
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.constantFrom<Tone>(0, 1, 2, 3, 4, 5), fc.constantFrom('old' as const, 'new' as const), (base, tone, style) => {
        const word = composeSyllable({ ...base, tone }, style);
        expect(decomposeSyllable(word)).toEqual({ ...base, tone });
        expect(stripDiacritics(word)).toBe(stripDiacritics(composeSyllable(base)));
      }),
    );
  });
});

describe('tone placement styles', () => {
  it('converts between hòa/hoà and thủy/thuỷ keeping case', () => {
    expect(convertToneStyle('hòa', 'new')).toBe('hoà');
    expect(convertToneStyle('hoà', 'old')).toBe('hòa');
    expect(convertToneStyle('Thuỷ', 'old')).toBe('Thủy');
    expect(convertToneStyle('HÓA', 'new')).toBe('HOÁ');
  });

  it('leaves closed and marked rimes alone in both styles', () => {
    expect(convertToneStyle('hoàn', 'old')).toBe('hoàn');
    expect(convertToneStyle('hoàn', 'new')).toBe('hoàn');
    expect(convertToneStyle('người', 'new')).toBe('người');
    expect(convertToneStyle('của', 'new')).toBe('của');
  });

  it('detects the dominant style of a text', () => {
    expect(detectToneStyle('văn hoá và thuỷ lợi, hòa bình')).toBe('new');
    expect(detectToneStyle('văn hóa và thủy lợi')).toBe('old');
    expect(detectToneStyle('không có dấu hiệu')).toBeNull();
  });

  it('converts a whole text without touching punctuation or digits', () => {
    expect(convertTextToneStyle('Văn hoá, thuỷ lợi: 70%.', 'old')).toBe('Văn hóa, thủy lợi: 70%.');
  });

  it('canonicalises to lowercase old placement with đ', () => {
    expect(canonicalSyllable('HOÀ')).toBe('hòa');
    expect(canonicalSyllable('ðịnh')).toBe('định');
  });
});

describe('normalisation helpers', () => {
  it('strips every Vietnamese mark', () => {
    expect(stripDiacritics('Đẩy mạnh học tập suốt đời')).toBe('Day manh hoc tap suot doi');
    expect(stripDiacritics('ÐỨC')).toBe('DUC');
  });

  it('composes to NFC and maps the legacy eth', () => {
    expect(toNfc('Vie\u0323\u0302t')).toBe('Việt');
    expect(mapLegacyEth('Ðà Nẵng ðẹp')).toBe('Đà Nẵng đẹp');
  });

  it('copies lower, Title and UPPER case', () => {
    expect(applyCase('pay', 'đẩy')).toBe('đẩy');
    expect(applyCase('Pay', 'đẩy')).toBe('Đẩy');
    expect(applyCase('PAY', 'đẩy')).toBe('ĐẨY');
  });
});
