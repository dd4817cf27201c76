/** Unicode and legacy-character normalisation of Vietnamese text. */
import { isAscii, memoisePerWord } from './word-memo.js';

const LEGACY_ETH: Readonly<Record<string, string>> = { ð: 'đ', Ð: 'Đ' };

/** Unicode NFC: the one form every comparison and lookup in vnplan uses. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Legacy fonts typed the Icelandic eth (ð/Ð) for đ/Đ. */
export function mapLegacyEth(text: string): string {
  if (!text.includes('ð') && !text.includes('Ð')) return text;
  return text.replace(/[ðÐ]/g, (c) => LEGACY_ETH[c] ?? c);
}

const normalizedWord = memoisePerWord((text: string) => mapLegacyEth(toNfc(text)));

/** NFC plus the legacy eth mapping. */
export function normalizeVietnamese(text: string): string {
  // ASCII is its own NFC and holds no eth.
  return isAscii(text) ? text : normalizedWord(text);
}

const strippedWord = memoisePerWord((text: string) =>
  mapLegacyEth(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC'),
);

/** Removes every Vietnamese mark (tones, ă â ê ô ơ ư, đ→d): `Đẩy mạnh` → `Day manh`. */
export function stripDiacritics(text: string): string {
  return isAscii(text) ? text : strippedWord(text);
}
