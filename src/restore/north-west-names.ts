/**
 * Place names of the North-West (Thái, H'Mông, Dao country) open with a few words of those languages: nậm (stream),
 * huổi (brook), pá (forest), nà (field), chiềng (town), mường, phìn, sín, séo, lũng … (not tả: its letters are also Tà's, as in Tà Xùa). The English OCR prints them
 * without marks (Nam Cang, Chieng Hac), and the model, which knows Nam as the south, keeps the Kinh reading. In a
 * plan that speaks of those peoples, such a word opening a name of two or more words is most likely the head.
 */
import { stripDiacritics } from '../vietnamese/index.js';

/** Heads of North-West place names (general knowledge of the region's names), lower case with marks. */
export const NORTH_WEST_NAME_HEADS: ReadonlySet<string> = new Set([
  'nậm', 'nặm', 'huổi', 'pá', 'nà', 'chiềng', 'mường', 'phìn', 'sín', 'séo', 'lũng', 'khau', 'pắc', 'noong', 'pú', 'phiêng', 'thèn', 'xín', 'hua',
]);

/** The peoples, without marks, whose mention makes a plan one of the North-West's (đồng bào H'Mông, dân tộc Thái). */
const NORTH_WEST_PEOPLES = /\bh'?m[a-z]{0,2}ng\b|\b(?:dong bao|dan toc|nguoi|tieng)\s+(?:thai|dao|ha nhi|khang|xinh mun|la hu|lu|mang|giay|phu la)\b/u;

/** Whether the text names a people of the North-West. */
export function mentionsNorthWestPeoples(lines: readonly string[]): boolean {
  return lines.some((line) => NORTH_WEST_PEOPLES.test(stripDiacritics(line).toLowerCase().replace(/’/gu, "'")));
}

/**
 * Peoples whose villages are bản, beyond the North-West's: the Khơ Mú, Lào and Lự, and along the Trường Sơn the
 * Bru – Vân Kiều, Chứt and Ơ Đu (Nghệ An, Quảng Bình, Quảng Trị). A plan naming them writes bản before its villages' names.
 */
const VILLAGE_PEOPLES = /\b(?:dong bao|dan toc|nguoi|tieng)\s+(?:kho mu|khmu|lao|lu|bru|van kieu|chut|o du|cong|si la)\b/u;

/** Whether the text names a people whose villages are bản (the North-West's, or those of VILLAGE_PEOPLES). */
export function mentionsVillagePeoples(lines: readonly string[]): boolean {
  return mentionsNorthWestPeoples(lines) || lines.some((line) => VILLAGE_PEOPLES.test(stripDiacritics(line).toLowerCase()));
}
