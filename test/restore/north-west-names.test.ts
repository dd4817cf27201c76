import { describe, expect, it } from 'vitest';
import { mentionsNorthWestPeoples, mentionsVillagePeoples, NORTH_WEST_NAME_HEADS } from '../../src/restore/north-west-names.js';

describe('North-West place-name heads', () => {
  it('knows a plan of the North-West by the peoples it names, marks or none', () => {
    expect(mentionsNorthWestPeoples(['Xã có 9 thôn, đồng bào H’Mông chiếm 80%'])).toBe(true);
    expect(mentionsNorthWestPeoples(['dong bao H\'Mbng va dan toc Dao'])).toBe(true);
    expect(mentionsNorthWestPeoples(['hỗ trợ đồng bào dân tộc Thái ở các bản'])).toBe(true);
    expect(mentionsNorthWestPeoples(['Trường Tiểu học Nam Hà, huyện Thái Thụy, tỉnh Thái Bình'])).toBe(false);
  });

  it('lists heads with their marks, not the Kinh readings of the same letters', () => {
    expect(NORTH_WEST_NAME_HEADS.has('nậm')).toBe(true);
    expect(NORTH_WEST_NAME_HEADS.has('nam')).toBe(false);
    expect(NORTH_WEST_NAME_HEADS.has('tả')).toBe(false);
  });

  it('knows the plans whose villages are bản beyond the North-West (Bru - Vân Kiều, Chứt, Khơ Mú)', () => {
    expect(mentionsVillagePeoples(['tài liệu song ngữ tiếng Bru - Vân Kiều'])).toBe(true);
    expect(mentionsVillagePeoples(['dong bao dan toc Chut song o 3 ban'])).toBe(true);
    expect(mentionsVillagePeoples(['đồng bào Khơ Mú'])).toBe(true);
    expect(mentionsVillagePeoples(['dong bao H\'Mong'])).toBe(true);
    expect(mentionsNorthWestPeoples(['tài liệu song ngữ tiếng Bru - Vân Kiều'])).toBe(false);
    expect(mentionsVillagePeoples(['Trường Tiểu học Nam Hà, huyện Thái Thụy, tỉnh Thái Bình'])).toBe(false);
  });
});
