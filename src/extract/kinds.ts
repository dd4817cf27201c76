/** Names of administrative document types, keyed by their folded form. */
export const DOCUMENT_TYPES: ReadonlyArray<[string, string]> = [
  ['chuong trinh phoi hop', 'Chương trình phối hợp'],
  ['chuong trinh hanh dong', 'Chương trình hành động'],
  ['thong bao ket luan', 'Thông báo kết luận'],
  ['huong dan lien nganh', 'Hướng dẫn liên ngành'],
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['nghi quyet lien tich', 'Nghị quyết liên tịch'],
  ['quyet dinh', 'Quyết định'],
  ['ke hoach', 'Kế hoạch'],
  ['cong van', 'Công văn'],
  ['chi thi', 'Chỉ thị'],
  ['nghi quyet', 'Nghị quyết'],
  ['nghi dinh', 'Nghị định'],
  ['thong tu', 'Thông tư'],
  ['phap lenh', 'Pháp lệnh'],
  ['huong dan', 'Hướng dẫn'],
  ['thong bao', 'Thông báo'],
  ['ket luan', 'Kết luận'],
  ['bao cao', 'Báo cáo'],
  ['to trinh', 'Tờ trình'],
  ['cong dien', 'Công điện'],
  ['de an', 'Đề án'],
  ['chuong trinh', 'Chương trình'],
  ['quy dinh', 'Quy định'],
  ['quy che', 'Quy chế'],
  ['van ban', 'Văn bản'],
  ['luat', 'Luật'],
];

export const TYPE_ALTERNATION = DOCUMENT_TYPES.map(([folded]) => folded.replace(/ /g, '\\s+')).join('|');

export function typeName(folded: string): string | null {
  const key = folded.replace(/\s+/g, ' ').trim();
  return DOCUMENT_TYPES.find(([name]) => name === key)?.[1] ?? null;
}
