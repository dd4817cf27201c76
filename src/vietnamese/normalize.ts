/** Unicode and legacy-character normalisation of Vietnamese text. */

const LEGACY_ETH: Readonly<Record<string, string>> = { ð: 'đ', Ð: 'Đ' };

/** Unicode NFC: the one form every comparison and lookup in vnplan uses. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Legacy fonts typed the Icelandic eth (ð/Ð) for đ/Đ. */
export function mapLegacyEth(text: string): string {
  return text.replace(/[ðÐ]/g, (c) => LEGACY_ETH[c] ?? c);
}

/** NFC plus the legacy eth mapping. */
export function normalizeVietnamese(text: string): string {
  return mapLegacyEth(toNfc(text));
}

/** Removes every Vietnamese mark (tones, ă â ê ô ơ ư, đ→d): `Đẩy mạnh` → `Day manh`. */
export function stripDiacritics(text: string): string {
  return mapLegacyEth(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
