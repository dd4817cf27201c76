import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentPairs, PAIR_COUNT_CAP, pairBonusesAt } from '../../src/restore/document-pairs.js';
import { loadRestorer, type Restorer } from '../../src/restore/index.js';

describe('the document pairs a second pass favours', () => {
  it('counts pairs and offers a bonus per other occurrence, up to the cap', () => {
    const pairs = new DocumentPairs();
    pairs.add(1, 2);
    pairs.add(1, 2);
    pairs.add(1, 2);
    pairs.add(4, 5);
    expect(pairs.count(1, 2)).toBe(3);
    expect(pairs.count(2, 1)).toBe(0);
    // Readings 7, 2, 9 after a word read as 1 or 3: only reading index 1 (id 2) forms a pair, after 1.
    expect(pairBonusesAt(pairs, [1, 3], [7, 2, 9], null, 1.5)).toEqual([{ previous: 1, reading: 1, bonus: 1.5 * PAIR_COUNT_CAP }]);
    expect(pairBonusesAt(pairs, [3], [7, 2, 9], null, 1.5)).toBeNull();
  });

  it('never lets an occurrence vouch for itself', () => {
    const pairs = new DocumentPairs();
    pairs.add(4, 5);
    expect(pairBonusesAt(pairs, [4], [5], [4, 5], 1.5)).toBeNull();
    pairs.add(4, 5);
    expect(pairBonusesAt(pairs, [4], [5], [4, 5], 1.5)).toEqual([{ previous: 4, reading: 0, bonus: 1.5 }]);
  });
});

describe('restoring with the document’s own pairs', () => {
  let on: Restorer;
  let off: Restorer;
  beforeAll(async () => {
    on = await loadRestorer();
    off = await loadRestorer({ decoder: { documentPairBonus: 0 } });
  }, 60_000);

  // Made-up lines: a phrase printed clearly twice settles the same phrase printed ambiguously elsewhere (each other
  // occurrence adds documentPairBonus).
  // (The model rebuilt with the O–R corpus files reads `phi hop tot` as phối hợp by itself; the one rebuilt with the
  // table texts of 22 Nov 2026 reads `Doan vien phi hop voi xa` as phù hợp even with the pairs; `Can bo …` it settles.)
  const ambiguous = 'Can bo phi hop voi xa.';
  const clear = 'Doan vien phối hợp voi Ban Chi huy quan su.\nCong doan phối hợp voi Hoi Nong dan.';

  it('reads an ambiguous print as the pair the document read with confidence elsewhere (phi hop → phối hợp)', () => {
    const text = `${clear}\n${ambiguous}`;
    expect(on.restore(text).text.split('\n')[2]).toBe('Cán bộ phối hợp với xã.');
    // Without the other lines there is nothing to go by, and without the second pass the model's reading stays.
    expect(off.restore(text).text.split('\n')[2]).toBe('Cán bộ phù hợp với xã.');
    expect(on.restore(ambiguous).text).toBe(off.restore(ambiguous).text);
  });

  it('does not change a capitalised word the first pass kept to make a pair of it (Giao đủ stays though giáo dục is read elsewhere)', () => {
    const text = 'Nang cao chat luong giao duc mam non.\nDau tu co so vat chat cho giao duc pho thong.\nPhat trién giao duc thuong xuyén.\n- Giao du 150 tan gao cho cac xa vung cao.';
    expect(on.restore(text).text.split('\n')[3]).toBe('- Giao đủ 150 tấn gạo cho các xã vùng cao.');
  });

  it('leaves a word printed with marks to its own evidence (công chúng stays though công chứng is read elsewhere)', () => {
    const text = 'Thu vien phuc vu công chúng mién phi.\nGioi thieu sach moi den voi cong chung.';
    expect(on.restore(text).text.split('\n')[0]).toBe('Thư viện phục vụ công chúng miễn phí.');
  });
});
