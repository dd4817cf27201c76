import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/index.js';
import { decodeText } from '../../src/ingest/text.js';

const sample = 'Kế hoạch triển khai Chương trình\nĐẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText('a.txt', Buffer.from(sample, 'utf8'))).toEqual({ text: sample, encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]);
    expect(decodeText('a.txt', withBom)).toEqual({ text: sample, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 with a BOM and detects it without one', () => {
    const le = Buffer.from(sample, 'utf16le');
    expect(decodeText('a.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(sample);
    expect(decodeText('a.txt', le)).toEqual({ text: sample, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decodeText('a.txt', be)).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('converts TCVN3 (ABC) text to Unicode', () => {
    const bytes = iconv.encode(sample, 'tcvn');
    expect(decodeText('legacy.txt', bytes)).toEqual({ text: sample, encoding: 'tcvn3' });
  });

  it('converts Windows-1258 (decomposed tone marks) to NFC Unicode', () => {
    const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu;
    const tonesApart = [...sample]
      .map((letter) => {
        const decomposed = letter.normalize('NFD');
        const tones = decomposed.match(toneMarks)?.join('') ?? '';
        return decomposed.replace(toneMarks, '').normalize('NFC') + tones;
      })
      .join('');
    const bytes = iconv.encode(tonesApart, 'windows-1258');
    expect(decodeText('legacy.txt', bytes)).toEqual({ text: sample, encoding: 'windows-1258' });
  });

  it('refuses VNI-encoded text by name', () => {
    const vni = Buffer.from('Keá hoaïch trieån khai chöông trình ñaåy maïnh caùc hoaït ñoäng hoïc taäp', 'latin1');
    expect(() => decodeText('vni.txt', vni)).toThrow(/vni\.txt: .*VNI/);
  });

  it('refuses binary data with an InputFileError naming the file', () => {
    const binary = Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 37) % 256));
    expect(() => decodeText('blob.txt', binary)).toThrow(InputFileError);
    expect(() => decodeText('blob.txt', binary)).toThrow(/^blob\.txt: /);
  });

  it('turns CRLF line endings into LF without changing the line count', () => {
    expect(decodeText('a.txt', Buffer.from('a\r\nb\r\n', 'utf8')).text).toBe('a\nb\n');
  });
});
