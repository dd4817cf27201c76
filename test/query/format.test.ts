import { describe, expect, it } from 'vitest';
import { toCsv, toJson, toTable } from '../../src/query/index.js';

describe('result formats', () => {
  const result = {
    columns: ['agency', 'lead_roles', 'tasks'],
    rows: [
      ['Phòng Văn hóa và Thông tin', 3, ['Chủ trì, tham mưu', 'Báo cáo']],
      ['Sở "Văn hóa"', 12, []],
      [null, null, null],
    ],
  };

  it('csv quotes commas, quotes and line breaks, joins lists with " | " and leaves nulls empty', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [['x,y', 'say "hi"'], ['two\nlines', null]] })).toBe('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines",\r\n');
    expect(toCsv(result).split('\r\n')[1]).toBe('Phòng Văn hóa và Thông tin,3,"Chủ trì, tham mưu | Báo cáo"');
  });

  it('json keeps numbers, lists and nulls, and renames a repeated column instead of dropping it', () => {
    expect(JSON.parse(toJson(result))[0]).toEqual({ agency: 'Phòng Văn hóa và Thông tin', lead_roles: 3, tasks: ['Chủ trì, tham mưu', 'Báo cáo'] });
    expect(JSON.parse(toJson({ columns: ['doc', 'doc'], rows: [['a', 'b']] }))).toEqual([{ doc: 'a', doc_2: 'b' }]);
  });

  it('table aligns columns by characters (Vietnamese letters are one column wide) and numbers to the right', () => {
    const lines = toTable(result).trimEnd().split('\n');
    expect(lines[0]).toBe('agency                      lead_roles  tasks');
    expect(lines[2]).toBe('Phòng Văn hóa và Thông tin           3  Chủ trì, tham mưu | Báo cáo');
    expect(lines[3]).toBe('Sở "Văn hóa"                        12');
  });

  it('table cuts long cells and shows line breaks', () => {
    const lines = toTable({ columns: ['text'], rows: [['a'.repeat(100)], ['một\nhai']] }, 10).trimEnd().split('\n');
    expect(lines[2]).toBe(`${'a'.repeat(9)}…`);
    expect(lines[3]).toBe('một ⏎ hai');
  });
});
