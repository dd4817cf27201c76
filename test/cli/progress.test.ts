import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../../src/cli/progress.js';
import type { ReportEntry } from '../../src/schema/report.js';

function entry(input: string, status: ReportEntry['status'], reason: string | null = null): ReportEntry {
  return { input, status, reason, output: null, sha256: null, pages: status === 'ok' ? 2 : null, ocrConfidence: null, validSyllableShare: null, timings: { total: 1500 } };
}

describe('progress reporter', () => {
  it('writes one plain line per document when not on a terminal', () => {
    const written: string[] = [];
    const progress = createProgressReporter({ write: (text) => written.push(text), isTTY: false });
    progress.onEvent({ type: 'start', documents: 2 });
    progress.onEvent({ type: 'page', input: 'a.pdf' });
    progress.onEvent({ type: 'document', entry: entry('a.pdf', 'ok') });
    progress.onEvent({ type: 'document', entry: entry('b.pdf', 'failed', 'PDF has no pages') });
    progress.finish();
    expect(written).toEqual(['ok      a.pdf  2 page(s), 1.5 s\n', 'failed  b.pdf  PDF has no pages\n']);
  });

  it('redraws a status line with counts, rate and ETA on a terminal, clearing it before log lines', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = createProgressReporter({ write: (text) => written.push(text), isTTY: true, columns: 200 }, () => clock);
    progress.onEvent({ type: 'start', documents: 4 });
    clock = 30_000;
    progress.onEvent({ type: 'page', input: 'a.pdf' });
    progress.onEvent({ type: 'page', input: 'a.pdf' });
    progress.onEvent({ type: 'document', entry: entry('a.pdf', 'ok') });
    const status = written.at(-1)!;
    expect(status).toMatch(/^\r\x1b\[2K\[#{6}\.{18}\] 1\/4 documents, 2 pages OCRed, 4\.0 pages\/min, ETA 1m30s$/);
    expect(written).toContain('\r\x1b[2K');
    expect(written.some((text) => text === 'ok      a.pdf  2 page(s), 1.5 s\n')).toBe(true);
    progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });
});
