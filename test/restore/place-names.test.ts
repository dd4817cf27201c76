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
import { placeNameLines } from '../../scripts/build-place-names.js';

describe('the place-name list format', () => {
  it('parses `unit Name` lines in NFC, skipping comments and blank lines', () => {
    const places = parsePlaceNames('p.txt', '# units\n\nxã Tra\u0300 Thanh\nthị trấn Năm Căn  # a township\nthành phố Pleiku\n');
    expect(places).toEqual([
      { unit: 'xã', name: 'Trà Thanh' },
      { unit: 'thị trấn', name: 'Năm Căn' },
      { unit: 'thành phố', name: 'Pleiku' },
    ]);
  });

  it('names the file and line of a unit it does not know or a name without a capital', () => {
    expect(() => parsePlaceNames('p.txt', 'xã Trà Thanh\nthôn Nà Lình\n')).toThrow(/^p\.txt:2: expected `unit Name`/u);
    expect(() => parsePlaceNames('p.txt', 'xã trà thanh\n')).toThrow('p.txt:1: a place name opens with a capital letter');
  });

  it('the committed list parses and holds the units of every level', () => {
    const places = parsePlaceNames(PLACE_NAMES_FILE, readFileSync(join(DEFAULT_DICTIONARY_DIR, PLACE_NAMES_FILE), 'utf8'));
    expect(places.length).toBeGreaterThan(8000);
    const has = (unit: string, name: string) => places.some((p) => p.unit === unit && p.name === name);
    expect(has('tỉnh', 'Gia Lai') && has('huyện', 'Chư Prông') && has('xã', 'Trà Thanh') && has('thị trấn', 'Năm Căn')).toBe(true);
  });
});

describe('the place-name index', () => {
  const index = new PlaceNameIndex(
    parsePlaceNames('p.txt', 'xã Trà Thanh\nxã Tân Thành\nxã Tân Thanh\nphường An Hoà\nphường An Hòa\nhuyện Cư M\'gar\nxã Trà Thanh\n'),
  );

  it('gives the one spelling of a bare name of a unit, whatever marks were printed', () => {
    expect(index.spellingOf('xã', ['Tra', 'Thanh'])).toEqual(['Trà', 'Thanh']);
    expect(index.spellingOf('xã', ['TRA', 'THANH'])).toEqual(['Trà', 'Thanh']);
    expect(index.spellingOf('huyện', ['Cu', "M'gar"])).toEqual(['Cư', "M'gar"]);
  });

  it('gives none where two places of the unit spell the bare name differently, or the unit differs', () => {
    expect(index.spellingOf('xã', ['Tan', 'Thanh'])).toBeNull();
    expect(index.spellingOf('huyện', ['Tra', 'Thanh'])).toBeNull();
  });

  it('takes two tone placements of one name as one spelling (Hoà = Hòa)', () => {
    expect(index.spellingOf('phường', ['An', 'Hoa'])).toEqual(['An', 'Hòa']);
    expect(index.maxWords).toBe(2);
  });

  it('keys a name by its letters without marks, đ as d', () => {
    expect(bareNameKey(['Đắk', 'R’Lấp'])).toBe("dak r'lap");
  });
});

describe('building the list from the statistics office register', () => {
  it('maps unit types, closes `K\' Dang` up, skips numbered wards and keeps one line per unit and name', () => {
    const sources: Record<string, string> = {
      'tinh_tp.json': JSON.stringify({ '64': { name: 'Gia Lai', type: 'tinh' } }),
      'quan_huyen.json': JSON.stringify({ '633': { name: 'Chư Prông', type: 'huyen' }, '1': { name: 'Cần Thơ', type: 'thanh-pho' } }),
      'xa_phuong.json': JSON.stringify({
        a: { name: "K' Dang", type: 'xa' },
        b: { name: '12', type: 'phuong' },
        c: { name: 'Ia Băng', type: 'xa' },
        d: { name: 'Ia Băng', type: 'xa' },
        e: { name: 'Năm Căn', type: 'thi-tran' },
      }),
    };
    const { lines, skipped } = placeNameLines((file) => sources[file] as string);
    expect(lines).toEqual(['huyện Chư Prông', 'thành phố Cần Thơ', 'thị trấn Năm Căn', 'tỉnh Gia Lai', 'xã Ia Băng', "xã K'Dang"]);
    expect(skipped).toEqual(['12']);
  });
});

describe('restoring the names of administrative units from the place-name list', () => {
  let restorer: Restorer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnplan-places-'));
    for (const name of [LM_FILE, SYLLABLES_FILE, CHANNEL_FILE, CANDIDATE_INDEX_FILE, PERSON_NAMES_FILE]) copyFileSync(join(DEFAULT_DICTIONARY_DIR, name), join(dir, name));
    // Made-up places, so that only the list can know their marks.
    writeFileSync(join(dir, PLACE_NAMES_FILE), 'xã Tà Lơ Xíu\nxã Tân Lập\nxã Nậm Khòa\nxã Nấm Khoa\nthị trấn Pờ Lẩu\nxã Hoàng Tung\n');
    restorer = await loadRestorer({ dictionaryDir: dir });
  }, 60_000);

  it('spells a name printed without marks after its unit as the list does, and records the change as a dictionary one', () => {
    const result = restorer.restore('Kiem tra tai xa Ta Lo Xiu va thi tran Po Lau');
    expect(result.text).toBe('Kiểm tra tại xã Tà Lơ Xíu và thị trấn Pờ Lẩu');
    const change = result.corrections.find((c) => c.from === 'Lo');
    expect(change).toMatchObject({ to: 'Lơ', reason: 'dictionary' });
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
