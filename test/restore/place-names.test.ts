import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHANNEL_FILE,
  DEFAULT_DICTIONARY_DIR,
  LM_FILE,
  PERSON_NAMES_FILE,
  PLACE_NAMES_FILE,
  SYLLABLES_FILE,
  loadRestorer,
  type Restorer,
} from '../../src/restore/index.js';
import { CANDIDATE_INDEX_FILE } from '../../src/restore/candidate-index.js';
import { PlaceNameIndex, bareNameKey, parsePlaceNames } from '../../src/restore/place-names.js';
import { placeNameLines, reorganisedLines } from '../../scripts/build-place-names.js';

describe('the place-name list format', () => {
  it('parses provinces, districts indented under them and communes under those, in NFC, skipping comments', () => {
    const places = parsePlaceNames('p.txt', '# units\n\ntỉnh Quảng Ngãi\n  huyện Trà Bồng\n    xã Tra\u0300 Thanh  # a commune\nthành phố Hồ Chí Minh\n  quận 1\n    phường Bến Nghé\n');
    expect(places).toEqual([
      { unit: 'tỉnh', name: 'Quảng Ngãi', within: [] },
      { unit: 'huyện', name: 'Trà Bồng', within: [{ unit: 'tỉnh', name: 'Quảng Ngãi' }] },
      { unit: 'xã', name: 'Trà Thanh', within: [{ unit: 'huyện', name: 'Trà Bồng' }, { unit: 'tỉnh', name: 'Quảng Ngãi' }] },
      { unit: 'thành phố', name: 'Hồ Chí Minh', within: [] },
      { unit: 'phường', name: 'Bến Nghé', within: [{ unit: 'quận', name: '1' }, { unit: 'thành phố', name: 'Hồ Chí Minh' }] },
    ]);
  });

  it('names the file and line of a unit it does not know, a name without a capital, or a unit under no parent', () => {
    expect(() => parsePlaceNames('p.txt', 'tỉnh Cao Bằng\n  thôn Nà Lình\n')).toThrow(/^p\.txt:2: expected `unit Name`/u);
    expect(() => parsePlaceNames('p.txt', 'tỉnh Cao Bằng\n  huyện hòa An\n')).toThrow(/^p\.txt:2: expected `unit Name`/u);
    expect(() => parsePlaceNames('p.txt', '# x\n    xã Trà Thanh\n')).toThrow('p.txt:2: indented under no district');
  });

  it('the committed list parses and holds the units of every level, each under its parents', () => {
    const places = parsePlaceNames(PLACE_NAMES_FILE, readFileSync(join(DEFAULT_DICTIONARY_DIR, PLACE_NAMES_FILE), 'utf8'));
    expect(places.length).toBeGreaterThan(10_000);
    // 63 provinces until 30 June 2025, 34 since.
    expect(places.filter((p) => p.within.length === 0)).toHaveLength(63 + 34);
    expect(places.some((p) => p.unit === 'đặc khu' && p.name === 'Côn Đảo' && p.within[0]?.name === 'Hồ Chí Minh')).toBe(true);
    const find = (unit: string, name: string) => places.find((p) => p.unit === unit && p.name === name);
    expect(find('huyện', 'Chư Prông')?.within).toEqual([{ unit: 'tỉnh', name: 'Gia Lai' }]);
    expect(find('thị trấn', 'Năm Căn')?.within[1]).toEqual({ unit: 'tỉnh', name: 'Cà Mau' });
  });
});

describe('the place-name index', () => {
  const index = new PlaceNameIndex(
    parsePlaceNames(
      'p.txt',
      [
        'tỉnh Quảng Ngãi',
        '  huyện Trà Bồng',
        '    xã Trà Thanh',
        '    xã Tân Thành',
        '  huyện Tư Nghĩa',
        '    xã Tân Thanh',
        '    phường An Hoà',
        '    phường An Hòa',
        'tỉnh Hà Giang',
        '  huyện Mèo Vạc',
        '    xã Sơn Vĩ',
        'tỉnh Phú Thọ',
        '  huyện Lâm Thao',
        '    xã Sơn Vi',
        'tỉnh Đắk Lắk',
        "  huyện Cư M'gar",
      ].join('\n'),
    ),
  );

  it('gives the one spelling of a bare name of a unit, whatever marks were printed', () => {
    expect(index.spellingOf('xã', ['Tra', 'Thanh'])).toEqual(['Trà', 'Thanh']);
    expect(index.spellingOf('xã', ['TRA', 'THANH'])).toEqual(['Trà', 'Thanh']);
    expect(index.spellingOf('huyện', ['Cu', "M'gar"])).toEqual(['Cư', "M'gar"]);
  });

  it('gives none where two places of the unit spell the bare name differently, or the unit differs', () => {
    expect(index.spellingOf('xã', ['Tan', 'Thanh'])).toBeNull();
    expect(index.spellingOf('huyện', ['Tra', 'Thanh'])).toBeNull();
    expect(index.knows('xã', ['Tan', 'Thanh'])).toBe(true);
    expect(index.knows('xã', ['Ta', 'Lo'])).toBe(false);
  });

  it('lets the province or district a text names pick between two spellings', () => {
    const meoVac = index.contextOf(['UBND HUYỆN MÈO VẠC', 'Kế hoạch']);
    expect(index.spellingOf('xã', ['Son', 'Vi'], meoVac)).toEqual(['Sơn', 'Vĩ']);
    expect(index.spellingOf('xã', ['Son', 'Vi'], index.contextOf(['Ủy ban nhân dân tinh Phu Tho']))).toEqual(['Sơn', 'Vi']);
    expect(index.spellingOf('xã', ['Son', 'Vi'], index.contextOf(['tỉnh Hà Giang và tỉnh Phú Thọ']))).toBeNull();
    expect(index.spellingOf('xã', ['Son', 'Vi'])).toBeNull();
    expect([...meoVac.named]).toEqual(['huyện|meo vac']);
  });

  it('takes two tone placements of one name as one spelling (Hoà = Hòa)', () => {
    expect(index.spellingOf('phường', ['An', 'Hoa'])).toEqual(['An', 'Hòa']);
    expect(index.maxWords).toBe(2);
  });

  it('tells how often place names spell a word as printed, given its letters', () => {
    const counts = new PlaceNameIndex(parsePlaceNames('p.txt', `tỉnh Tây Ninh\n${Array.from({ length: 24 }, (_, k) => `  huyện Tây ${'ABCDEFGHIJKLMNOPQRSTUVWX'[k]}`).join('\n')}\n  huyện Tay Z`));
    expect(counts.spellingShare('Tay')).toBeCloseTo(1 / 26);
    expect(counts.spellingShare('Tây')).toBeCloseTo(25 / 26);
    expect(counts.spellingShare('Ninh')).toBeUndefined();
  });

  it('keys a name by its letters without marks, đ as d', () => {
    expect(bareNameKey(['Đắk', 'R’Lấp'])).toBe("dak r'lap");
  });
});

describe('building the list from the statistics office register', () => {
  it('nests units under their parents, maps unit types, closes `K\' Dang` up and skips numbered wards', () => {
    const sources: Record<string, string> = {
      'tinh_tp.json': JSON.stringify({ '64': { name: 'Gia Lai', type: 'tinh' }, '92': { name: 'Cần Thơ', type: 'thanh-pho' } }),
      'quan_huyen.json': JSON.stringify({ '633': { name: 'Chư Prông', type: 'huyen', parent_code: '64' }, '916': { name: 'Ninh Kiều', type: 'quan', parent_code: '92' } }),
      'xa_phuong.json': JSON.stringify({
        a: { name: "K' Dang", type: 'xa', parent_code: '633' },
        b: { name: '12', type: 'phuong', parent_code: '916' },
        c: { name: 'Ia Băng', type: 'xa', parent_code: '633' },
        d: { name: 'Ia Bang', type: 'xa', parent_code: '633' },
        e: { name: 'Cái Khế', type: 'phuong', parent_code: '916' },
      }),
    };
    const { lines, skipped } = placeNameLines((file) => sources[file] as string);
    expect(lines).toEqual(['thành phố Cần Thơ', '  quận Ninh Kiều', '    phường Cái Khế', 'tỉnh Gia Lai', '  huyện Chư Prông', '    xã Ia Bang', '    xã Ia Băng', "    xã K'Dang"]);
    expect(skipped).toEqual(['12']);
  });

  it('lists the units since the 2025 reorganisation under their province, a province written without its unit as tỉnh', () => {
    const source = JSON.stringify([
      { type: 'header', version: '1.1' },
      { type: 'table', name: 'provinces', data: [{ province_code: '04', name: 'Cao Bằng' }, { province_code: '79', name: 'Thành phố Hồ Chí Minh' }] },
      {
        type: 'table',
        name: 'wards',
        data: [
          { province_code: '04', name: 'Xã Đàm Thủy' },
          { province_code: '79', name: 'Đặc khu Côn Đảo' },
          { province_code: '79', name: 'Phường Tân Định' },
          { province_code: '68', name: 'Phường 2 Bảo Lộc' },
        ],
      },
      { type: 'table', name: 'ward_mappings', data: [{ old_ward_name: 'Phường 12' }] },
    ]);
    expect(reorganisedLines(source)).toEqual(['thành phố Hồ Chí Minh', '  đặc khu Côn Đảo', '  phường Tân Định', 'tỉnh Cao Bằng', '  xã Đàm Thủy']);
  });
});

describe('the keep-bias of a capitalised word its letters rarely spell in place names', () => {
  it('is dropped, so the model restores the lost marks (Ngày Dân số: place names write dan as Dân, never Dan)', async () => {
    const restorer = await loadRestorer();
    const unbiased = await loadRestorer({ decoder: { rareNameSpellingShare: 0 } });
    const text = 'huong ung Ngay Dan so the gioi';
    expect(restorer.restore(text).text).toBe('hưởng ứng Ngày Dân số thế giới');
    expect(unbiased.restore(text).text).not.toContain('Dân số');
  }, 60_000);
});

describe('the keep-bias of a capitalised word whose letters no listed name uses', () => {
  it('is dropped: a word no place or person is named with is no name (Festival Tôm, chợ Tết)', async () => {
    const restorer = await loadRestorer();
    expect(restorer.restore('to chuc Festival Tom Bac Lieu').text).toContain('Festival Tôm Bạc Liêu');
  }, 60_000);
});

describe('restoring the names of administrative units from the place-name list', () => {
  let restorer: Restorer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnplan-places-'));
    for (const name of [LM_FILE, SYLLABLES_FILE, CHANNEL_FILE, CANDIDATE_INDEX_FILE, PERSON_NAMES_FILE]) copyFileSync(join(DEFAULT_DICTIONARY_DIR, name), join(dir, name));
    // Made-up places, so that only the list can know their marks.
    writeFileSync(
      join(dir, PLACE_NAMES_FILE),
      'tỉnh Lào Cai\n  huyện Pờ Lẩu\n    xã Tà Lơ Xíu\n    xã Tân Lập\n    xã Nậm Khòa\n    xã Nấm Khoa\n    thị trấn Pờ Lẩu\n    xã Hoàng Tung\n    xã Lũng Chinh\ntỉnh Tà Lùng Sán\n',
    );
    restorer = await loadRestorer({ dictionaryDir: dir });
  }, 60_000);

  it('spells a name printed without marks after its unit as the list does, and records the change as a dictionary one', () => {
    const result = restorer.restore('Kiem tra tai xa Ta Lo Xiu va thi tran Po Lau');
    expect(result.text).toBe('Kiểm tra tại xã Tà Lơ Xíu và thị trấn Pờ Lẩu');
    const change = result.corrections.find((c) => c.from === 'Lo');
    expect(change).toMatchObject({ to: 'Lơ', reason: 'dictionary' });
  });

  it('reads a word the English OCR garbled into no syllable as the reading that spells a listed name (Ling → Lũng)', () => {
    expect(restorer.restore('tai xa Ling Chinh').text).toBe('tại xã Lũng Chinh');
  });

  it('takes a capitalised unit word inside a sentence for a name word, not a unit (bản Be Xa)', () => {
    // Be Xa lost every mark (Bể Xả and Be Xa are both readings of a name); the unit word xã is what must not appear.
    const villages = restorer.restore('cac ban Ta Xua, Be Xa, Tan Lap van dong').text;
    expect(villages).toMatch(/^các bản Tà Xùa, B\p{L}+ X\p{L}+, Tân Lập vận động$/u);
    expect(villages).not.toMatch(/Xã/u);
    expect(restorer.restore('Xa Ta Lo Xiu co 7 thon').text).toBe('Xã Tà Lơ Xíu có 7 thôn');
  });

  it('reads a province named without its unit word, but not a district', () => {
    expect(restorer.restore('Ke hoach ve du lich Ta Lung San nam 2025').text).toContain('du lịch Tà Lùng Sán');
    expect(restorer.restore('Ke hoach ve du lich Po Lau nam 2025').text).not.toContain('Pờ Lẩu');
  });

  it('reads a name the page wraps onto the next line', () => {
    expect(restorer.restore('Ke hoach cua UBND xa Ta\nLo Xiu nam 2025').text).toBe('Kế hoạch của UBND xã Tà\nLơ Xíu năm 2025');
  });

  it('carries the unit on through a list of names, and writes a capitals name in capitals', () => {
    expect(restorer.restore('cac xa Tan Lap, Ta Lo Xiu').text).toBe('các xã Tân Lập, Tà Lơ Xíu');
    expect(restorer.restore('UBND XA TA LO XIU').text).toBe('UBND XÃ TÀ LƠ XÍU');
  });

  it('leaves a name the list spells two ways, a name without its unit, and marks that contradict the list to the model', () => {
    expect(restorer.restore('tai xa Nam Khoa').text).not.toMatch(/Nậm Khòa|Nấm Khoa/u);
    expect(restorer.restore('Doan cong tac den Ta Lo Xiu').text).not.toContain('Tà Lơ Xíu');
    expect(restorer.restore('tai xa Tà Lờ Xiu').text).toContain('Tà Lờ');
  });

  it("takes no place's name as evidence on a signer's line, which names a person (xã Hoàng Tung is no Hoàng Tùng)", () => {
    const signature = restorer.restore('KT. CHU TICH\nPHO CHU TICH\n\nHoang Tung').text.split('\n')[3];
    expect(signature).toMatch(/^Hoàng /u);
    expect(signature).not.toBe('Hoàng Tung');
    expect(restorer.restore('tai xa Hoang Tung').text).toBe('tại xã Hoàng Tung');
  });
});
