import { editDistance } from '../vietnamese/index.js';
import { fold, upperShare } from './fold.js';

// Titles of the parts of a plan as Decree 30/2020 plans print them, whole.
const STANDARD_PART_TITLES = [
  'MỤC ĐÍCH, YÊU CẦU', 'MỤC ĐÍCH VÀ YÊU CẦU', 'MỤC ĐÍCH', 'YÊU CẦU', 'MỤC TIÊU', 'CHỈ TIÊU', 'MỤC TIÊU, CHỈ TIÊU', 'MỤC TIÊU VÀ CHỈ TIÊU', 'NỘI DUNG',
  'NỘI DUNG THỰC HIỆN', 'NHIỆM VỤ', 'GIẢI PHÁP', 'NHIỆM VỤ, GIẢI PHÁP', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU',
  'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'KINH PHÍ', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN', 'CHẾ ĐỘ BÁO CÁO', 'TIẾN ĐỘ THỰC HIỆN',
  'THỜI GIAN THỰC HIỆN', 'PHÂN CÔNG NHIỆM VỤ', 'PHÂN CÔNG TRÁCH NHIỆM', 'ĐỐI TƯỢNG, PHẠM VI', 'PHẠM VI, ĐỐI TƯỢNG',
];
const words = (text: string) => fold(text).split(/[^a-z]+/).filter(Boolean).join(' ');

/**
 * A part title in capitals that restoration left a letter or two off one of the standard titles (`TỔ CHỨC THUẾ
 * HIỆN`, `TỔ CHỨC THỰC HIỆU`, glued `TỔCHỨC THỰC HIỆN`): that title. Compared folded, letters only, word for
 * word, at most one edit in six letters (two at most); a title as near to two standard titles, a title in small
 * letters, or one that is a standard title already stays as printed.
 */
export function withStandardPartTitle(printed: string, standards: readonly string[] = STANDARD_PART_TITLES): string {
  const title = withoutGluingApostrophes(printed);
  const letters = fold(title).replace(/[^a-z]/g, '');
  if (letters.length < 6 || upperShare(title) < 0.8) return title;
  const allowed = Math.min(2, Math.floor(letters.length / 6));
  let best: { title: string; distance: number } | null = null;
  let tied = false;
  for (const standard of standards) {
    const key = fold(standard).replace(/[^a-z]/g, '');
    // The same letters: as printed, unless restoration glued or split its words (`TỔCHỨC THỰC HIỆN`).
    if (key === letters) return words(title) === words(standard) ? title : standard;
    // Words printed in place of others, not added or dropped (`MỤC TIÊU VÀ CHỈ TIÊU` is no `MỤC TIÊU, CHỈ TIÊU`).
    if (Math.abs(key.length - letters.length) > allowed || words(title).split(' ').length !== words(standard).split(' ').length) continue;
    const distance = editDistance(letters, key);
    if (distance > allowed) continue;
    if (best === null || distance < best.distance) {
      best = { title: standard, distance };
      tied = false;
    } else if (distance === best.distance) tied = true;
  }
  return best !== null && !tied ? best.title : title;
}

/**
 * OCR reads the horn or hook of a capital as an apostrophe that glues two words of a heading (`DU'BAO` for `DỰ
 * BÁO`): between a word of two letters or more and the next capital it stands for the space. A one-letter prefix
 * keeps it (`H'MÔNG`, `M'NÔNG`).
 */
function withoutGluingApostrophes(title: string): string {
  if (upperShare(title) < 0.8) return title;
  return title.replace(/(?<=(?:^|\s)\p{Lu}{2,})['’](?=\p{Lu})/gu, ' ');
}
