// Text cut by patterns matched on its folded form, and the check that a folded match stands for the words it was written for.
import { fold } from '../../structure/fold.js';

// The marked words the folded patterns above stand for. A folded match is accepted only when each word it
// covers is printed either exactly so or bare (no marks at all, as an imperfect restoration may leave it):
// `tu` may be `từ` or `tu`, never `tư`; `de` may be `để`, never `đề`.
const PATTERN_WORDS = new Set(
  (
    'và hoặc phấn đấu đến tới năm trong hết hằng hàng mỗi nào cũng đó cụ thể đạt có từ là ở mức khoảng trên dưới hơn ít nhất ' +
    'tối thiểu đa không quá bằng chiếm tỷ tỉ lệ tăng giảm lên xuống duy trì trung bình quân trở so với cho người đáp ứng ' +
    'phù hợp thu hút nhằm để góp phần trước vào'
  ).split(' '),
);

// Folded forms that stand for several common words; only these need the check (other marked words, even
// damaged ones like `Ẻn` for `Đến`, are taken as the folded pattern says).
const AMBIGUOUS = new Set('tu co de la bang dat tang hon toi do so da qua len it phan dau'.split(' '));

export function wordsAllowed(text: string): boolean {
  for (const word of text.toLocaleLowerCase('vi').match(/\p{L}+/gu) ?? []) {
    const folded = fold(word);
    if (folded !== word && AMBIGUOUS.has(folded) && !PATTERN_WORDS.has(word)) return false;
  }
  return true;
}

/** A piece of text with its folded form, cut by patterns matched on the folded form. */
export class Span {
  constructor(
    readonly text: string,
    readonly folded: string,
  ) {}
  static of(text: string): Span {
    return new Span(text, fold(text));
  }
  slice(start: number, end?: number): Span {
    return new Span(this.text.slice(start, end), this.folded.slice(start, end));
  }
  /** Drops a match of a `^`-anchored pattern. */
  dropStart(pattern: RegExp): Span {
    const match = pattern.exec(this.folded);
    if (!match || match.index !== 0 || !wordsAllowed(this.text.slice(0, match[0].length))) return this;
    return this.slice(match[0].length);
  }
  /** Drops a match of a `$`-anchored pattern. */
  dropEnd(pattern: RegExp): Span {
    // The longest tail whose words are allowed: `… điện tử đạt` drops `đạt`, though `tử đạt` folds like `từ đạt`.
    for (let from = 0; from < this.folded.length; ) {
      const match = pattern.exec(this.folded.slice(from));
      if (!match) return this;
      const at = from + match.index;
      if (wordsAllowed(this.text.slice(at))) return this.slice(0, at);
      // Retry from the next word boundary, never inside a word.
      const next = this.folded.slice(at + 1).search(/\s/);
      if (next < 0) return this;
      from = at + 1 + next;
    }
    return this;
  }
  test(pattern: RegExp): boolean {
    const match = pattern.exec(this.folded);
    return match !== null && wordsAllowed(this.text.slice(match.index, match.index + match[0].length));
  }
  /** Index of the first match whose words are allowed, or -1. */
  search(pattern: RegExp): number {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of this.folded.matchAll(global)) {
      if (wordsAllowed(this.text.slice(match.index, match.index + match[0].length))) return match.index;
    }
    return -1;
  }
  tidy(): string {
    const text = this.text.replace(/\s+/g, ' ').replace(/^[\s,;:–-]+/, '').replace(/[\s,;:–-]+$/, '');
    return (/\(/.test(text) ? text : text.replace(/\)+$/, '')).trim();
  }
}
