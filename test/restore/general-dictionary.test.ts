import { describe, expect, it } from 'vitest';
import { GeneralDictionarySchema, generalDictionaryCorpus, textPieces } from '../../scripts/lm/general-dictionary.js';

describe('the general-language corpus read from a dictionary', () => {
  it('splits examples on ~ and sets bracketed glosses apart', () => {
    expect(textPieces('sửa chữa nhà cửa ~ tu bổ đê điều')).toEqual(['sửa chữa nhà cửa', 'tu bổ đê điều']);
    expect(textPieces('những người thuộc về giới nam [nói tổng quát]; phân biệt với nữ giới')).toEqual([
      'những người thuộc về giới nam',
      'nói tổng quát',
      '; phân biệt với nữ giới',
    ]);
    expect(textPieces('')).toEqual([]);
  });

  it('makes each definition and each example its own sentence, and headwords of several syllables fragments', () => {
    const dictionary = GeneralDictionarySchema.parse({
      'tu bổ': [{ definition: 'sửa chữa cho tốt hơn', example: 'tu bổ đê điều ~ tu bổ nhà cửa', pos: 'V' }],
      nhà: [{ definition: 'công trình xây dựng để ở', example: '' }],
    });
    const corpus = generalDictionaryCorpus(dictionary);
    expect(corpus.headwords).toEqual([['tu', 'bổ']]);
    expect(corpus.texts).toEqual([
      ['công', 'trình', 'xây', 'dựng', 'để', 'ở'],
      ['sửa', 'chữa', 'cho', 'tốt', 'hơn'],
      ['tu', 'bổ', 'đê', 'điều'],
      ['tu', 'bổ', 'nhà', 'cửa'],
    ]);
    expect(generalDictionaryCorpus(dictionary, 'examples').texts).toHaveLength(2);
    expect(generalDictionaryCorpus(dictionary, 'definitions').texts).toHaveLength(2);
  });

  it('rejects a file that is not headword → senses', () => {
    expect(GeneralDictionarySchema.safeParse({ 'tu bổ': 'sửa chữa' }).success).toBe(false);
    expect(GeneralDictionarySchema.safeParse({ 'tu bổ': [{ definition: 3 }] }).success).toBe(false);
  });
});
