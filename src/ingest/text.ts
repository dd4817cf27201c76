import iconv from 'iconv-lite';
import { InputFileError } from '../errors/index.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

/** Letters only Vietnamese uses (NFC), lower and upper case. */
const VIETNAMESE_LETTERS =
  /[ăâêôơưđàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĂÂÊÔƠƯĐÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;

/** VNI-Windows writes a toned vowel as an ASCII vowel followed by a Latin-1 mark character (`Vieät`, `hoaïch`). */
const VNI_PATTERN = /[aeiouyAEIOUY][øùûõïâêáàåãäéèúüëôö]/g;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Share of non-ASCII characters that are Vietnamese letters: high for a right decoding, low for mojibake. */
export function vietnameseLetterShare(text: string): number {
  const nonAscii = countMatches(text, /[^\x00-\x7f]/gu);
  if (nonAscii === 0) return 0;
  return countMatches(text, VIETNAMESE_LETTERS) / nonAscii;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * How Vietnamese a decoding looks: Vietnamese letters among the non-ASCII ones, times the share of words that carry at
 * most one tone mark (a wrong legacy decoding scatters toned letters, `Kờỡ`).
 */
export function vietnameseDecodingScore(text: string): number {
  const words = text.match(/\p{L}+/gu) ?? [];
  const marked = words.filter((word) => /[^\x00-\x7f]/u.test(word));
  if (marked.length === 0) return 0;
  const wellFormed = marked.filter((word) => countMatches(word.normalize('NFD'), TONE_MARKS) <= 1).length;
  return vietnameseLetterShare(text) * (wellFormed / marked.length);
}

function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) zeroEven += 1;
    else zeroOdd += 1;
  }
  const pairs = sample.length / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function controlCharacterShare(text: string): number {
  if (text.length === 0) return 0;
  return countMatches(text, /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/g) / text.length;
}

function decodeLegacy(file: string, bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes);
  if (controlCharacterShare(iconv.decode(buffer, 'latin1')) > 0.01) throw new InputFileError(file, 'binary data, not text');
  const candidates = (['tcvn', 'windows-1258'] as const).map((encoding) => {
    const text = iconv.decode(buffer, encoding).normalize('NFC');
    return { encoding: encoding === 'tcvn' ? 'tcvn3' : encoding, text, share: vietnameseDecodingScore(text) };
  });
  const latin1 = iconv.decode(buffer, 'windows-1252');
  const vniMarks = countMatches(latin1, VNI_PATTERN);
  const best = candidates.sort((a, b) => b.share - a.share)[0]!;
  const words = countMatches(latin1, /\p{L}+/gu);
  if (vniMarks >= 3 && vniMarks > words * 0.15) {
    throw new InputFileError(
      file,
      'text is in the legacy VNI encoding, which vnplan does not convert',
      'convert it to Unicode (UTF-8) first, e.g. with UniKey’s converter',
    );
  }
  if (best.share >= 0.8) return { text: best.text, encoding: best.encoding };
  throw new InputFileError(
    file,
    'text is not UTF-8, UTF-16 or a recognised Vietnamese legacy encoding (TCVN3/ABC, Windows-1258)',
    'save the file as UTF-8',
  );
}

/**
 * Decodes a text file to a JS string: UTF-8 (with or without BOM), UTF-16 (with a BOM, or detected by its zero bytes),
 * and the legacy Vietnamese encodings TCVN3 (ABC) and Windows-1258. VNI and binary data are refused by name.
 * Line endings become `\n`.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(file, bytes);
  if (controlCharacterShare(decoded.text) > 0.01) {
    throw new InputFileError(file, 'binary data, not text');
  }
  return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: decoded.encoding };
}

function decodeBytes(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return decodeLegacy(file, bytes);
  }
}

/** Form feeds separate pages in text exported from PDFs. */
export function splitTextPages(text: string): string[] {
  return text.split('\f');
}
