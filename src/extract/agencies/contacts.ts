import { fold } from '../../structure/fold.js';

// A bracket naming the people to contact (`(ông Nguyễn Văn A)`, `(bà …, ông …)`), matched folded; restoration may
// leave the title another short word (`(nợ Bế Văn Thạch)`) before the person's capitalised names.
const CONTACT_BRACKET = /\((?:(ong|ba|dong chi|anh|chi)\s|[a-z]{1,3}\s)[^()]*\)/g;
// The person's names after a title restoration changed, checked on the printed text: two capitalised words.
const PERSON_AFTER_SHORT_WORD = /^\(\p{Ll}{1,3}\s\p{Lu}\p{L}*\s\p{Lu}/u;
// A post over the places it heads (`Trưởng các thôn`, `Tổ trưởng tổ dân phố`), up to where the places' own names start.
const POST_BEFORE_PLACES = /(?:^|[\s;.:,])(?:Trưởng|Tổ trưởng)(?:\s+\p{Ll}+)+\s*$/u;
// The named places of a post, each before its contact bracket (`Đông Trà`, `, Dư Hàng Kênh 3`).
const PLACE_BEFORE_BRACKET = /(?:\s*,)?\s*(?:[\p{Lu}\d][\p{L}\d'-]*)(?:\s+[\p{Lu}\d][\p{L}\d'-]*)*\s*$/u;
// `… và các tổ khác`: the post's other places, closing the list; matched folded (restoration may print `cấc`, `khắc`).
const OTHERS_AFTER = /^\s+va\s+cac\s+(?:[a-z]+\s+){1,3}khac(?![a-z])/;

/**
 * `Trưởng các thôn Nà Hang (ông …), Khuổi Rẹ (bà …) và các thôn khác phối hợp …`: the people a plan names to
 * contact, and the places a post names one by one with them, are no part of the body's name nor its duty. They are
 * blanked (same length, so offsets still hold); the post stays (`Trưởng các thôn`).
 */
export function withContactsBlanked(text: string): string {
  const folded = fold(text);
  let out = text;
  let chainEnd = -1;
  for (const bracket of folded.matchAll(CONTACT_BRACKET)) {
    if (bracket[1] === undefined ? !PERSON_AFTER_SHORT_WORD.test(text.slice(bracket.index)) : !namedAfterTitle(text, bracket.index + 1 + bracket[1].length)) continue;
    let start = bracket.index;
    const before = out.slice(0, start);
    const places = PLACE_BEFORE_BRACKET.exec(before);
    if (places && places[0].trim() !== '') {
      const placesStart = places.index;
      const continuesChain = chainEnd >= 0 && out.slice(chainEnd, placesStart).trim() === '';
      if (continuesChain || POST_BEFORE_PLACES.test(before.slice(0, placesStart))) {
        start = continuesChain ? chainEnd : placesStart;
      }
    }
    const end = bracket.index + bracket[0].length;
    out = blank(out, start, end);
    const namedPlaces = start < bracket.index;
    chainEnd = namedPlaces ? end : -1;
    const others = OTHERS_AFTER.exec(fold(out.slice(end)));
    if (others && namedPlaces) {
      out = blank(out, end, end + others[0].length);
      chainEnd = end + others[0].length;
    }
  }
  return out;
}

/** True when a capitalised name follows the title that ends at `at` (`(bà Lý …`, not `(ba xã …`). */
function namedAfterTitle(text: string, at: number): boolean {
  return /^\s+\p{Lu}/u.test(text.slice(at));
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}
