// What the section a figure stands in says about it: objectives, results, implementation, a heading on its own line.
import type { SectionNode } from '../../schema/document.js';
import { fold } from '../../structure/fold.js';
import { FlowText } from '../flow.js';

/**
 * Where the body of an item starts when its heading stands on a line of its own (`4. Truyền dạy di sản` /
 * `Mở 04 lớp …`): the next line opens with a capital. 0 when the heading runs on into its text.
 */
export function headingEnd(flow: FlowText, node: SectionNode | null): number {
  if (node === null || node.kind === 'bullet') return 0;
  for (let at = 0; at < flow.text.length; at++) {
    if (flow.lineAt(at) === node.startLine) continue;
    const heading = flow.text.slice(0, at).trimEnd();
    // … or the heading is printed in capitals (`II. CHỈ TIÊU CHỦ YẾU`) and the body opens with a capital or an item mark.
    const capitals = /\p{Lu}{2}/u.test(heading) && heading === heading.toLocaleUpperCase('vi') && /^\s*(?:\p{Lu}|\(?\d{1,2}\)|[-+•])/u.test(flow.text.slice(at));
    if (capitals) return at;
    return /[,\p{Ll}]\s*$/u.test(heading) && /^\s*\p{Lu}/u.test(flow.text.slice(at)) && !/,\s*$/.test(flow.text.slice(0, at)) ? at : 0;
  }
  return 0;
}

/** A section of objectives (`MỤC TIÊU`, `Chỉ tiêu cụ thể`) or one inside it: what it counts, it sets as a target. */
export function inTargetSection(node: SectionNode, nodes: readonly SectionNode[]): boolean {
  const chain = nodes.filter((other) => other === node || node.path.startsWith(`${other.path}.`));
  return chain.some((other) => other.kind !== 'bullet' && /(?:^|\s)(?:muc tieu|chi tieu)(?:\s|$|,|:)/.test(fold(other.title)));
}

// A part that reports what was reached (`KẾT QUẢ THỰC HIỆN NĂM 2023`, `ĐÁNH GIÁ …`, `TÌNH HÌNH …`, `THỰC TRẠNG`)
// or shares out the funds (`KINH PHÍ`): its figures are results and budget shares, not targets. A part of purposes
// and requirements (`MỤC ĐÍCH, YÊU CẦU`) counts the scope and the situation a plan starts from, unless its title
// names objectives too (`MỤC ĐÍCH, MỤC TIÊU`); so does a part on why and from what the plan is made (`SỰ CẦN THIẾT`,
// `CĂN CỨ`, `BỐI CẢNH`, `HIỆN TRẠNG`), and the timetable and reporting parts (`THỜI GIAN, TIẾN ĐỘ THỰC HIỆN`, `CHẾ ĐỘ BÁO CÁO`).
// A title that also names objectives (`TÌNH HÌNH VÀ MỤC TIÊU`, `MỤC ĐÍCH, MỤC TIÊU`) is read item by item (below).
// A part that sketches the place and its situation (`ĐẶC ĐIỂM TÌNH HÌNH`, `KHÁI QUÁT …`, `TỔNG QUAN`), the grounds of
// the plan (`CƠ SỞ XÂY DỰNG KẾ HOẠCH`, `CƠ SỞ PHÁP LÝ VÀ THỰC TIỄN`), its difficulties (`KHÓ KHĂN, HẠN CHẾ`) or a forecast
// of what may come (`DỰ BÁO TÌNH HÌNH`, an item `Dự báo`: a flood's peak, the cases a season may bring) sets none either;
// forecasting as a task (`Dự báo, cảnh báo sớm thiên tai`) is no such part.
export const NO_TARGET_PART =
  /^(?!.*(?:muc tieu|chi tieu))(?:ket qua|danh gia|tinh hinh|thuc trang|kinh phi|muc dich|su can thiet|can cu|boi canh|hien trang|thoi gian(?:,| va)? tien do|tien do thuc hien|che do bao cao|dac diem|khai quat|tong quan|co so(?! (?:vat chat|du lieu|ha tang))|kho khan|han che|uoc thuc hien|du bao tinh hinh|du bao(?=\s*$))(?:\s|,|$)/;
// An item inside another part that says the same (`1. Kết quả đạt được`, `2. Cơ sở thực tiễn`, `a) Thực trạng`); an
// item that assesses as a task (`4. Đánh giá mức độ chuyển đổi số …`) is no such item.
export const NO_TARGET_ITEM =
  /^(?!.*(?:muc tieu|chi tieu))(?:ket qua (?:dat duoc|thuc hien|n[a-z]m (?:19|20)\d\d)|thuc trang|tinh hinh|dac diem|kho khan|han che|ton tai|nguyen nhan|bai hoc kinh nghiem|co so (?:phap ly|thuc tien|xay dung)|can cu (?:phap ly|xay dung)|khai quat|tong quan|du bao tinh hinh|du bao(?=\s*[:.]?\s*$)|danh gia (?:ket qua|tinh hinh|thuc trang|chung))(?:\s|,|:|$)/;

/** A numbered or lettered item, the node or one it lies in, whose title matches. */
export function inItemOf(node: SectionNode, nodes: readonly SectionNode[], title: RegExp): boolean {
  return nodes.some((other) => (other.kind === 'item' || other.kind === 'letter') && (other === node || node.path.startsWith(`${other.path}.`)) && title.test(fold(other.title).trim()));
}
/** The Roman-numbered part a node is, or lies in. */
function partOf(node: SectionNode, nodes: readonly SectionNode[]): SectionNode | undefined {
  return nodes.find((other) => other.kind === 'part' && (other === node || node.path.startsWith(`${other.path}.`)));
}

export function inPartOf(node: SectionNode, nodes: readonly SectionNode[], title: RegExp): boolean {
  const part = partOf(node, nodes);
  return part !== undefined && title.test(fold(part.title).trim());
}

/**
 * The implementation part gives bodies their duties (`Phòng Giáo dục chỉ đạo 25 trường`): a count there is the
 * scope of a duty, read as a target only with a verb of reaching or a count printed with a leading zero.
 */
export function inImplementationPart(node: SectionNode, nodes: readonly SectionNode[]): boolean {
  const part = partOf(node, nodes);
  return part !== undefined && /(?:^|\s)(?:to chuc thuc hien|trach nhiem|phan cong)/.test(fold(part.title));
}
