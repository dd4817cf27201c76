import { fold } from '../../structure/fold.js';
import { startsLikeOrganisation } from './heads.js';
import type { AgencyLookup } from './lookup.js';
import { withLookAlikeHead } from './repair.js';

/** Splits `Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và …` into names; commas inside a name (`Sở Văn hóa, Thể thao và Du lịch`) stay. */
export function splitAgencyNames(text: string, lookup?: AgencyLookup): { name: string; offset: number }[] {
  const pieces: { text: string; offset: number; separator: string }[] = [];
  // Matched folded (same length as the text), so a name printed without its marks splits the same way.
  const separator = /\s*[,;]\s*|\s+va\s+|\s+(?=cac\s+(?:to chuc|co quan|don vi|hoi|doan the)(?![a-z]))/gi;
  let last = 0;
  let previousSeparator = '';
  for (const match of fold(text).matchAll(separator)) {
    pieces.push({ text: text.slice(last, match.index), offset: last, separator: previousSeparator });
    previousSeparator = text.slice(match.index, match.index + match[0].length);
    last = match.index + match[0].length;
  }
  pieces.push({ text: text.slice(last), offset: last, separator: previousSeparator });
  // A later piece whose head is one look-alike letter off (`…, Bau Chỉ huy Quân sự xã`) is put right (same length).
  for (const piece of pieces.slice(1)) piece.text = withLookAlikeHead(piece.text);
  const names: { name: string; offset: number }[] = [];
  // A known name runs over separators (`Văn phòng HĐND và UBND huyện`): pieces inside it stay with it.
  let knownUntil = 0;
  for (const [k, piece] of pieces.entries()) {
    if (piece.text.trim() === '') continue;
    const current = names.at(-1);
    // The fields of a department's name listed with commas (`Phòng Bưu chính, Viễn thông và Công nghệ thông
    // tin`): a piece known only by an alias, then `và` and a field that starts no body, goes on the name.
    const next = pieces[k + 1];
    // The head compared folded: restoration may mark it otherwise (`Phỏng Bưu chính, …`).
    if (current && /^\p{Lu}/u.test(current.name.trim()) && /^(?:so|phong|bo|cuc|vu|ban|trung tam)\s/.test(fold(current.name.trim())) && /,/.test(piece.separator) && !startsLikeOrganisation(piece.text) &&
      next !== undefined && /^\s+và\s+$/iu.test(next.separator) && /^\p{Lu}/u.test(next.text) && !startsLikeOrganisation(next.text) &&
      (lookup === undefined || lookup.knownPrefix(next.text) === 0)) {
      current.name += `${piece.separator}${piece.text}`;
      continue;
    }
    // `Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp …`: the zones a board manages are its name, no body.
    if (current && /^(?:ban quan ly|bql)\s/.test(fold(current.name.trim())) && /^(?:cac\s+)?(?:khu|cum)\s+(?:cong nghiep|kinh te|che xuat|cong nghe cao)/.test(fold(piece.text.trim()))) {
      current.name += `${piece.separator}${piece.text}`;
      continue;
    }
    if (current && piece.offset < knownUntil) {
      current.name += `${piece.separator}${piece.text}`;
      continue;
    }
    // A piece that starts with a known name is a body even where OCR lowered its capitals (`Đài phát thanh …`).
    // So is a later piece whose head OCR damaged past a look-alike letter (`…, Oi Quản lý thị trường số 5` for `Đội …`),
    // where it is one syllable off a known name.
    const body =
      startsLikeOrganisation(piece.text) ||
      (lookup !== undefined && lookup.knownPrefix(text.slice(piece.offset).trim()) > 0) ||
      (lookup !== undefined && current !== undefined && /^\p{Lu}/u.test(piece.text.trim()) && lookup.repair(piece.text.trim()) !== null);
    if (current && !body) current.name += `${piece.separator}${piece.text}`;
    else {
      names.push({ name: piece.text, offset: piece.offset });
      const start = piece.offset + (piece.text.length - piece.text.trimStart().length);
      if (lookup !== undefined) knownUntil = start + lookup.knownPrefix(text.slice(start));
    }
  }
  return names.map(({ name, offset }) => ({ name: name.replace(/[\s:;.,]+$/, ''), offset }));
}
