import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeLine, type Piece } from '../../src/restore/tokenize.js';

/** The tokenizer as first written with regular expressions: the hand-written scan must give the same pieces. */
function referenceTokenize(line: string): Piece[] {
  const LEADING = /^[“"'‘(«\[{<*•]+/u;
  const TRAILING = /(?:\.\/\.|[,.;:!?”"’)»\]}>*…])+$/u;
  const LINK = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$/iu;
  const classify = (text: string): Piece['kind'] => (/^[\d.,%]+$/u.test(text) ? 'number' : /[\p{L}&¢€¥|]/u.test(text) ? 'word' : 'punct');
  const pieces: Piece[] = [];
  for (const match of line.matchAll(/\S+/gu)) {
    const chunk = match[0];
    const start = match.index;
    if (LINK.test(chunk.replace(TRAILING, ''))) {
      const link = chunk.replace(TRAILING, '');
      pieces.push({ text: link, kind: 'link', start });
      if (link.length < chunk.length) pieces.push({ text: chunk.slice(link.length), kind: 'punct', start: start + link.length });
      continue;
    }
    const leading = LEADING.exec(chunk)?.[0] ?? '';
    const rest = chunk.slice(leading.length);
    const trailing = rest.length > 0 ? (TRAILING.exec(rest)?.[0] ?? '') : '';
    const core = rest.slice(0, rest.length - trailing.length);
    if (leading) pieces.push({ text: leading, kind: 'punct', start });
    let offset = start + leading.length;
    if (core) {
      for (const part of core.split(/([/\-–])/u)) {
        if (part === '') continue;
        pieces.push({ text: part, kind: /^[/\-–]$/u.test(part) ? 'punct' : classify(part), start: offset });
        offset += part.length;
      }
    }
    if (trailing) pieces.push({ text: trailing, kind: 'punct', start: start + leading.length + core.length });
  }
  return pieces;
}

/** Characters that exercise every branch: spaces of every kind, separators, links, OCR symbols, marks, an astral letter. */
const ALPHABET = [
  ' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u1680', '\u2028', '\u202f', '/', '-', '–', '—', '.', ',', ':', ';', '!', '?', '…', '“', '”', '"', "'",
  '’', '‘', '(', ')', '[', ']', '«', '»', '*', '•', '<', '>', '{', '}', '@', '%', '&', '¢', '€', '¥', '|', '_', '+', '0', '1', '6', '9', 'a', 'Q', 'w', 'x',
  'h', 't', 'p', 's', 'ư', 'Đ', 'ộ', 'é', '𝐀', 'http://', 'https://', 'www.', 'HTTP://', 'Www.', '.gov.vn', 'ab@cd.vn',
];

describe('tokenizeLine', () => {
  it('gives the pieces of the regular-expression tokenizer on any line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (parts) => {
        const line = parts.join('');
        expect(tokenizeLine(line)).toEqual(referenceTokenize(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same pieces on plan lines with codes, links and OCR symbols', () => {
    for (const line of [
      'Căn cứ Quyết định số 1520/QĐ-TTg ngày 10/6/2024 (xem https://langson.gov.vn/kh.html).',
      '  1& x4 s6 — “Sở Y tế”, email: soyte@langson.gov.vn; www.moh.gov.vn./.',
      'KH-UBND 12/KH–UBND ‘cơ’ ./. 29,5 m? sàn 100% (năm 2030)',
    ]) {
      expect(tokenizeLine(line)).toEqual(referenceTokenize(line));
    }
  });
});
