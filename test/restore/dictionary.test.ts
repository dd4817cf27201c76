import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCorrections, parsePhrases, parseProtected } from '../../src/schema/dictionary.js';
import { addDictionaryEntry, checkDictionaries } from '../../src/restore/dictionary-check.js';
import { DEFAULT_DICTIONARY_DIR, LM_FILE, loadRestorer } from '../../src/restore/index.js';
import { loadRestoreDictionary } from '../../src/restore/dictionary.js';

function dictionaryDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vnplan-dict-'));
  for (const name of [LM_FILE, 'syllables.txt']) copyFileSync(join(DEFAULT_DICTIONARY_DIR, name), join(dir, name));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('dictionary file formats', () => {
  it('parses corrections with → or =>, skipping comments and blank lines', () => {
    const parsed = parseCorrections('c.txt', '# comment\n\nthw vién → thư viện\ncia => của  # trailing comment\n');
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toEqual([
      { value: { from: 'thw vién', to: 'thư viện' }, line: 3 },
      { value: { from: 'cia', to: 'của' }, line: 4 },
    ]);
  });

  it('reports format errors with their line', () => {
    const parsed = parseCorrections('c.txt', 'ok → ổn\nno arrow here\nhai từ → một\nsame → same\n');
    expect(parsed.issues.map((i) => [i.line, i.message])).toEqual([
      [2, 'expected `from → to` (or `from => to`)'],
      [3, 'from and to must have the same number of words'],
      [4, 'correction does not change anything'],
    ]);
  });

  it('rejects non-NFC phrases and protected tokens with spaces', () => {
    expect(parsePhrases('p.txt', 'thư vie\u0323\u0302n\n').issues[0]?.message).toContain('NFC');
    expect(parseProtected('x.txt', 'QĐ TTg\n').issues[0]?.message).toBe('a protected token is one word');
  });
});

describe('vnplan dict check', () => {
  let restorerDir: string;
  beforeAll(() => {
    restorerDir = dictionaryDir({
      'corrections.txt': 'thw vién → thư viện\nthw vién → thu viên\nxyzk → xin\nUBND → Ủy\n',
      'protected.txt': 'UBND\nUBND\n',
      'code-corrections.txt': 'QD → QĐ\n',
    });
  });

  it('finds duplicates, conflicts, protected clashes and corrections that do not apply to their own example', async () => {
    const restorer = await loadRestorer({ dictionaryDir: restorerDir });
    const report = checkDictionaries(restorerDir, restorer);
    const messages = report.issues.map((i) => `${i.file.endsWith('protected.txt') ? 'protected' : 'corrections'}:${i.line}: ${i.message}`);
    expect(messages).toContain('corrections:2: conflicting correction: `thw vién` → `thu viên` here, → `thư viện` on line 1');
    expect(messages).toContain('protected:2: duplicate protected token (first on line 1)');
    expect(messages).toContain('corrections:4: `UBND` is a protected token; the correction can never apply');
    expect(messages.some((m) => m.startsWith('corrections:4: applied to its own example `UBND`'))).toBe(true);
  }, 60_000);

  it('reports the first malformed line of the place-name list', () => {
    const dir = dictionaryDir({ 'place-names.txt': '# units\ntỉnh Gia Lai\n  huyện Chư Prông\n    xã ia Băng\n' });
    const issues = checkDictionaries(dir).issues.filter((i) => i.file.endsWith('place-names.txt'));
    expect(issues.map((i) => i.line)).toEqual([4]);
    expect(issues[0]?.message).toMatch(/^expected `unit Name`/u);
    const orphan = dictionaryDir({ 'place-names.txt': 'tỉnh Gia Lai\n    xã Ia Băng\n' });
    expect(checkDictionaries(orphan).issues.filter((i) => i.file.endsWith('place-names.txt')).map((i) => [i.line, i.message])).toEqual([
      [2, 'indented under no district'],
    ]);
  });

  it('takes capitalised Highland name syllables in phrases, and nothing else that is no syllable', () => {
    const dir = dictionaryDir({ 'domain-phrases.txt': "huyện Krông Pắc\nhuyện Cư M'gar\nhuyện krông Pắc\nhuyện Kcal Pắc\nhuyện M'kcal\n" });
    const issues = checkDictionaries(dir).issues.filter((i) => i.file.endsWith('domain-phrases.txt'));
    expect(issues.map((i) => i.line)).toEqual([3, 4, 5]);
    expect(issues[0]?.message).toBe('neither a Vietnamese syllable nor a capitalised minority-name syllable: `krông`');
  });

  it('takes a capitalised Highland name of several syllables written as one word, not its lower-case form', () => {
    const dir = dictionaryDir({ 'domain-phrases.txt': 'thành phố Pleiku\nhuyện Krông Ana\nhuyện Cư Kuin\nthành phố pleiku\nhuyện Krông Anaxyzqw\n' });
    const issues = checkDictionaries(dir).issues.filter((i) => i.file.endsWith('domain-phrases.txt'));
    expect(issues.map((i) => i.line)).toEqual([4, 5]);
  });

  it('checks code-segments.txt: a line that is no segment, a duplicate, a case-only twin, a listed misreading', () => {
    const dir = dictionaryDir({
      'code-corrections.txt': 'QD → QĐ\n',
      'code-segments.txt': '# kinds\nQĐ\nKH\nqđ-bad\nKH\nTTg\nTTG\nQD\n',
    });
    const segmentIssues = checkDictionaries(dir).issues.filter((i) => i.file.endsWith('code-segments.txt'));
    expect(segmentIssues.map((i) => [i.line, i.message])).toEqual([
      [4, 'a code segment is letters starting with a capital (QĐ, TTg, HĐND)'],
      [5, 'duplicate code segment (first on line 3)'],
      [7, 'conflicting code segment: `TTG` here, `TTg` on line 6 (they differ in case only)'],
      [8, 'conflicting code segment: `QD` is the misreading code-corrections.txt rewrites to `QĐ`'],
    ]);
  });

  it('counts the code segments among the entries it checked', () => {
    const withSegments = dictionaryDir({ 'code-segments.txt': 'QĐ\nKH\n' });
    const without = dictionaryDir({});
    expect(checkDictionaries(withSegments).entries - checkDictionaries(without).entries).toBe(2);
  });

  it('passes the shipped dictionaries', async () => {
    const restorer = await loadRestorer();
    expect(checkDictionaries(DEFAULT_DICTIONARY_DIR, restorer).issues).toEqual([]);
  }, 60_000);
});

describe('vnplan dict add', () => {
  it('appends a valid entry and refuses a duplicate', () => {
    const dir = dictionaryDir({ 'corrections.txt': '# corrections\nthw vién → thư viện' });
    const added = addDictionaryEntry(dir, 'corrections', 'ciia  =>  của');
    expect(added).toMatchObject({ line: 3, entry: 'ciia → của' });
    expect(readFileSync(join(dir, 'corrections.txt'), 'utf8')).toBe('# corrections\nthw vién → thư viện\nciia → của\n');
    expect(() => addDictionaryEntry(dir, 'corrections', 'CIIA → của')).toThrow(/duplicate/);
    expect(loadRestoreDictionary(dir).corrections).toHaveLength(2);
  });

  it('makes a new correction take effect, while the decoder alone still reads `Pay manh` as `Đẩy mạnh`', async () => {
    const dir = dictionaryDir({});
    addDictionaryEntry(dir, 'corrections', 'qqxw → quy');
    const restorer = await loadRestorer({ dictionaryDir: dir });
    const result = restorer.restore('Qqxw dinh');
    expect(result.text.startsWith('Quy ')).toBe(true);
    expect(result.corrections[0]).toMatchObject({ from: 'Qqxw', to: 'Quy', reason: 'dictionary' });
    const decoded = restorer.restore('Pay manh cac hoat dong');
    expect(decoded.text).toBe('Đẩy mạnh các hoạt động');
    expect(decoded.corrections.find((c) => c.from === 'Pay')).toMatchObject({ to: 'Đẩy', reason: 'confusion' });
  }, 60_000);
});
