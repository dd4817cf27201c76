import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DEFAULT_DICTIONARY_DIR, LM_FILE } from '../../src/restore/index.js';

function captureOutput(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('vnplan dict', () => {
  it('adds a correction, shows its effect, then reports a bad line with file:line and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnplan-dict-cli-'));
    for (const name of [LM_FILE, 'syllables.txt']) copyFileSync(join(DEFAULT_DICTIONARY_DIR, name), join(dir, name));
    const output = captureOutput();
    expect(await main(['node', 'vnplan', 'dict', 'add', 'correction', 'ciia', '→', 'của', '--dir', dir])).toBe(0);
    expect(output.out()).toContain('corrections.txt:1: ciia → của');
    expect(output.out()).toContain('effect: ciia → của');

    writeFileSync(join(dir, 'protected.txt'), 'UBND\nQĐ TTg\n');
    expect(await main(['node', 'vnplan', 'dict', 'check', '--dir', dir])).toBe(1);
    expect(output.out()).toContain(`${join(dir, 'protected.txt')}:2: a protected token is one word`);
    expect(readFileSync(join(dir, 'corrections.txt'), 'utf8')).toBe('ciia → của\n');
  }, 60_000);

  it('refuses an unknown dictionary kind with a usage error', async () => {
    const output = captureOutput();
    expect(await main(['node', 'vnplan', 'dict', 'add', 'nonsense', 'x'])).toBe(2);
    expect(output.err()).toContain('unknown dictionary kind `nonsense`');
  });
});
