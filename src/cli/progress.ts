import type { BatchEvent } from '../pipeline/batch.js';
import type { ReportEntry } from '../schema/report.js';

export interface ProgressOutput {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}

export function describeEntry(entry: ReportEntry): string {
  if (entry.status === 'ok') return `${entry.pages ?? 0} page(s), ${((entry.timings.total ?? 0) / 1000).toFixed(1)} s`;
  return entry.reason ?? '';
}

/**
 * Renders batch events: on a terminal one status line redrawn in place (documents, pages, rate, ETA);
 * otherwise one log line per document, which suits log files and CI.
 */
export function createProgressReporter(output: ProgressOutput, now: () => number = () => Date.now()) {
  const started = now();
  let total = 0;
  let done = 0;
  let pages = 0;
  let statusShown = false;
  let timer: NodeJS.Timeout | null = null;

  const clearStatus = () => {
    if (statusShown) output.write('\r\x1b[2K');
    statusShown = false;
  };
  const drawStatus = () => {
    if (!output.isTTY) return;
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.NaN;
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents, ${pages} pages OCRed, ${(pages / Math.max(elapsed / 60, 1e-9)).toFixed(1)} pages/min, ETA ${formatDuration(eta)}`;
    output.write(`\r\x1b[2K${line.slice(0, (output.columns ?? 120) - 1)}`);
    statusShown = true;
  };

  return {
    onEvent(event: BatchEvent) {
      switch (event.type) {
        case 'start':
          total = event.documents;
          drawStatus();
          if (output.isTTY && timer === null) {
            timer = setInterval(drawStatus, 1000);
            timer.unref();
          }
          break;
        case 'page':
          pages += 1;
          drawStatus();
          break;
        case 'document':
          done += 1;
          clearStatus();
          output.write(`${event.entry.status.padEnd(7)} ${event.entry.input}  ${describeEntry(event.entry)}\n`);
          drawStatus();
          break;
        case 'warning':
          clearStatus();
          output.write(`warning: ${event.message}\n`);
          drawStatus();
          break;
      }
    },
    finish() {
      if (timer) clearInterval(timer);
      timer = null;
      clearStatus();
    },
  };
}
