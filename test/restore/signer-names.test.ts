import { beforeAll, describe, expect, it } from 'vitest';
import { parsePersonNames, personNameFragments } from '../../src/restore/person-names.js';
import { filingLabelEnd, isSignerNameLine, MIDDLE_NAME_PRIOR, nameRolesOf, signerNameReadings, signerNameStart, type NameWord } from '../../src/restore/signer-names.js';
import { loadRestorer, type Restorer } from '../../src/restore/index.js';

describe('signer name lines', () => {
  it('is a line of two to four capitalised words under a post, a mandate or the Nơi nhận list', () => {
    expect(isSignerNameLine(['KT. CHU TICH', 'PHO CHU TICH', '', '', 'Ngo Van Tai'], 4)).toBe(true);
    expect(isSignerNameLine(['- Luu: VT, NV.', 'Ha Thi Mai'], 1)).toBe(true);
    expect(isSignerNameLine(['GIAM DOC', 'Dinh Quang Hai'], 1)).toBe(true);
  });

  it('is no name line in running text, nor a line of more words or with other signs', () => {
    expect(isSignerNameLine(['cac xa tham gia:', 'Ngo Van Tai'], 1)).toBe(false);
    expect(isSignerNameLine(['CHU TICH', 'Ngo Van Tai Loc Binh An'], 1)).toBe(false);
    expect(isSignerNameLine(['CHU TICH', 'Ngo Van, Tai'], 1)).toBe(false);
    expect(isSignerNameLine(['CHU TICH', 'Ngo'], 1)).toBe(false);
  });
});

describe('the filing line of the Nơi nhận list', () => {
  it('ends its label at the colon, as printed or as the OCR prints it', () => {
    expect(filingLabelEnd(['- Luu: VT, NV.'], 0)).toBe('- Luu:'.length);
    expect(filingLabelEnd(['Lưu: VT.'], 0)).toBe('Lưu:'.length);
    expect(filingLabelEnd(['- Lưu trữ hồ sơ tại xã'], 0)).toBe(-1);
  });

  it('may end with the signer, read into it from the other column, after a full stop or comma', () => {
    const line = '- Luu: VT, KT. Ngo Van Tai';
    expect(signerNameStart([line], 0)).toBe(line.indexOf('Ngo'));
    expect(signerNameStart(['- Luu: VT, KT.'], 0)).toBe(-1);
    expect(signerNameStart(['- Luu: VT, KT (Tai).'], 0)).toBe(-1);
  });
});

describe('the readings a signer name may take', () => {
  const roles = nameRolesOf({ surname: ['ngô', 'lâm'], middle: ['văn'], given: ['tài', 'hoa'], 'signer-given': ['thạnh'] });
  const word = (printed: string, outputs: Array<[string, number]>): NameWord => ({
    printed,
    readings: outputs.map(([output, channel]) => ({ output, channel })),
    keepIndex: outputs.findIndex(([output]) => output === printed),
  });

  it('keeps only the listed syllables for each place that the channel explains', () => {
    const picks = signerNameReadings(
      [word('Lam', [['Làm', -0.5], ['Lâm', -0.6], ['Lam', 0]]), word('Van', [['Văn', -0.4], ['Vân', -0.5], ['Van', 0]]), word('Thanh', [['Thành', -0.2], ['Thạnh', -0.4], ['Thanh', 0]])],
      roles,
    );
    expect(picks).toEqual([[{ index: 1, prior: 0 }], [{ index: 0, prior: MIDDLE_NAME_PRIOR }], [{ index: 1, prior: 0 }]]);
  });

  it('reads nothing as a Kinh name when the first word can be no listed surname', () => {
    const picks = signerNameReadings([word('Ksor', [['Ksor', 0]]), word('Van', [['Văn', -0.4], ['Van', 0]])], roles);
    expect(picks).toEqual([null, null]);
  });

  it('leaves a word to the decoder when no listed syllable explains it well enough', () => {
    const picks = signerNameReadings([word('Ngo', [['Ngô', -0.3], ['Ngo', 0]]), word('Tuc', [['Tục', -0.3], ['Tài', -9], ['Tuc', 0]])], roles);
    expect(picks).toEqual([[{ index: 0, prior: 0 }], null]);
  });
});

describe('person-name kinds read only in signer lines', () => {
  it('parses signer-surname and signer-given, and never pairs them in running text', () => {
    const names = parsePersonNames('p.txt', 'surname: Ngô\ngiven: Tài\nsigner-surname: Chau\nsigner-given: Thạnh\n');
    expect(names['signer-surname']).toEqual(['chau']);
    expect(personNameFragments(names).map((f) => f.join(' '))).toEqual(['ngô tài']);
  });
});

describe('the restorer on a signer line', () => {
  let restorer: Restorer;
  beforeAll(async () => {
    restorer = await loadRestorer();
  });

  it('reads the surname, middle and given name from the name list, not as the words they spell', () => {
    const { text, corrections } = restorer.restore('TM. UY BAN NHAN DAN\nCHU TICH\n\n\nBui Dinh Chuyén');
    expect(text.split('\n')[4]).toBe('Bùi Đình Chuyên');
    expect(corrections.find((c) => c.from === 'Bui')?.to).toBe('Bùi');
  });

  it('reads a signer at the end of the filing line, and keeps the offices abbreviated there as printed', () => {
    const text = restorer.restore('- Nhu muc V;\n- Luu: VT, CAP. Bui Dinh Chuyén').text;
    expect(text.split('\n')[1]).toBe('- Lưu: VT, CAP. Bùi Đình Chuyên');
  });

  it('reads the same words in running text as words', () => {
    expect(restorer.restore('cac cong trinh chuyén dung, bui min').text).toMatch(/chuyên d[ụù]ng, bụi mịn/u);
  });
});
