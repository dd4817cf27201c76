import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Made-up citations (none taken from a fixture or a held-out plan).

const preamble = (citation: string) => `Số: 12/KH-UBND
KẾ HOẠCH
Thực hiện công tác năm 2026

${citation}

I. MỤC TIÊU`;

describe('documents named by type and title before their number', () => {
  it('reads an ordinance of the Standing Committee by its code', () => {
    const { references } = run(preamble('Căn cứ Pháp lệnh Dân số số 06/2003/UBTVQH11 ngày 09/01/2003;'));
    expect(references.map(({ type, number, date }) => [type, number, date])).toEqual([['Pháp lệnh', '06/2003/UBTVQH11', '2003-01-09']]);
  });

  it('takes the type that opens the clause when a title stands between it and số', () => {
    const { references } = run(preamble('Căn cứ Quy chế phối hợp công tác thi đua số 45/QC-UBND ngày 02/3/2024;'));
    expect(references.map(({ type, number }) => [type, number])).toEqual([['Quy chế', '45/QC-UBND']]);
  });
});
