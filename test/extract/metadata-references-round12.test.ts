import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up headers and citations (none taken from a fixture or a held-out plan) with the damage OCR and restoration
// leave: the lower-case letter of a code's segment misread, a mark read as a bracket in the title.

const preamble = (citation: string) => `Số: 12/KH-UBND
KẾ HOẠCH
Thực hiện công tác năm 2026

${citation}

I. MỤC TIÊU`;

const numbersOf = (citation: string) => run(preamble(citation)).references.map(({ number }) => number);

describe('a code whose segment OCR misread, put right by the type printed before it', () => {
  it('reads CTi after Chương trình as CTr, and TTi after Tờ trình as TTr', () => {
    expect(numbersOf('Căn cứ Chương trình hành động số 05-CTi/HU ngày 12/02/2026 của Huyện ủy về phát triển rừng;')).toEqual(['05-CTr/HU']);
    expect(numbersOf('Căn cứ Tờ trình số 41/TTi-SNNMT ngày 03/3/2026 của Sở Nông nghiệp và Môi trường;')).toEqual(['41/TTr-SNNMT']);
  });

  it('leaves a segment that names a type of its own, or differs in a capital or in length', () => {
    expect(numbersOf('Căn cứ Chương trình số 07/CT-UBND ngày 12/02/2026 của UBND tỉnh;')).toEqual(['07/CT-UBND']);
    expect(numbersOf('Căn cứ Hướng dẫn số 02/HĐ-HĐTĐKT ngày 12/02/2026 của Hội đồng Thi đua - Khen thưởng tỉnh;')).toEqual(['02/HĐ-HĐTĐKT']);
    expect(numbersOf('Căn cứ Báo cáo số 15/BCĐ-UBND ngày 12/02/2026 của Ban Chỉ đạo tỉnh;')).toEqual(['15/BCĐ-UBND']);
    expect(numbersOf('Căn cứ Chương trình số 08-CTX/TU ngày 12/02/2026 của Tỉnh ủy;')).toEqual(['08-CTX/TU']);
  });
});

describe('a bracket in the title', () => {
  const titleOf = (lines: string) =>
    run(`ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\nSố: 18/KH-UBND\nTam Nông, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n${lines}\n\nI. MỤC ĐÍCH`).metadata.title;

  it('drops one the title never closes, glued to a word in lower case (a mark OCR read as a bracket)', () => {
    expect(titleOf('Triển khai mô hình (ứng dụng nhật ký điện tử (Đề án 12) trong nuôi tôm\nnăm 2026')).toBe(
      'Triển khai mô hình ứng dụng nhật ký điện tử (Đề án 12) trong nuôi tôm năm 2026',
    );
  });

  it('keeps brackets the title closes, and one before a capital', () => {
    expect(titleOf('Triển khai mô hình (thí điểm) nhật ký điện tử trong nuôi tôm năm 2026')).toBe('Triển khai mô hình (thí điểm) nhật ký điện tử trong nuôi tôm năm 2026');
    expect(titleOf('Triển khai Đề án (Nhật ký điện tử trong nuôi tôm năm 2026')).toBe('Triển khai Đề án (Nhật ký điện tử trong nuôi tôm năm 2026');
  });
});

describe('an issuer shared by citations joined with và', () => {
  const issuersOf = (citation: string) => run(preamble(citation)).references.map(({ number, issuer }) => [number, issuer]);

  it('gives a law no issuer but the National Assembly', () => {
    expect(issuersOf('Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15/11/2017 và Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ;')).toEqual([
      ['16/2017/QH14', null],
      ['156/2018/NĐ-CP', 'Chính phủ'],
    ]);
    expect(issuersOf('Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15/11/2017 và Nghị quyết số 25/2021/QH15 ngày 28/7/2021 của Quốc hội;')).toEqual([
      ['16/2017/QH14', 'Quốc hội'],
      ['25/2021/QH15', 'Quốc hội'],
    ]);
  });
});

describe('a day nothing may be done after', () => {
  const kindsOf = (sentence: string) =>
    run(`Số: 12/KH-UBND Tam Nông, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nThả giống thủy sản năm 2026\n\nI. NỘI DUNG\n1. ${sentence}`).dates.map(({ text, kind }) => [text, kind]);

  it('reads không … sau ngày as a deadline, and sau ngày alone as no deadline', () => {
    expect(kindsOf('Không thả giống sau ngày 15/3/2026 để tránh mùa lũ.')).toEqual([['ngày 10 tháng 01 năm 2026', 'issue'], ['15/3/2026', 'deadline']]);
    expect(kindsOf('Sau ngày 15/3/2026, các hộ thả giống theo lịch của xã.')).toEqual([['ngày 10 tháng 01 năm 2026', 'issue'], ['15/3/2026', 'other']]);
  });
});

describe('a citation OCR damaged by look-alike letters', () => {
  it('reads TTq as the Prime Minister’s TTg', () => {
    expect(numbersOf('Căn cứ Quyết định số 512/QĐ-TTq ngày 03/4/2025 của Thủ tướng Chính phủ;')).toEqual(['512/QĐ-TTg']);
  });

  it('puts a word of the issuer right by the pair it makes in the known names', () => {
    const { references } = run(preamble('Căn cứ Kế hoạch số 45/KH-UBND ngày 03/4/2025 của Ủy bau nhân dân tỉnh Gia Lai về trồng rừng;'));
    expect(references.map(({ issuer }) => issuer)).toEqual(['Ủy ban nhân dân tỉnh Gia Lai']);
  });
});

describe('a head of an issuer OCR damaged', () => {
  it('reads Bon Thường vụ as Ban Thường vụ by the heads as they open a name', () => {
    const { references } = run(preamble('Căn cứ Nghị quyết số 09-NQ/HU ngày 03/4/2025 của Bon Thường vụ Huyện ủy Mường Lát về phát triển rừng;'));
    expect(references.map(({ issuer }) => issuer)).toEqual(['Ban Thường vụ Huyện ủy Mường Lát']);
  });
});
