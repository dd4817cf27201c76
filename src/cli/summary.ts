import type { ReportEntry, RunReport } from '../schema/report.js';

function confidenceKey(entry: ReportEntry): number {
  return ((entry.ocrConfidence ?? 100) / 100) * (entry.validSyllableShare ?? 1);
}

function describeConfidence(entry: ReportEntry): string {
  const parts = [];
  if (entry.ocrConfidence !== null) parts.push(`OCR ${entry.ocrConfidence.toFixed(0)}`);
  if (entry.validSyllableShare !== null) parts.push(`${(entry.validSyllableShare * 100).toFixed(1)}% valid syllables`);
  return parts.join(', ');
}

/** The human summary printed at the end of `vnplan run`. */
export function formatSummary(report: RunReport, outDir: string): string {
  const { ok, failed, skipped, pages, seconds } = report.summary;
  const lines = [
    `${report.interrupted ? 'interrupted' : 'done'}: ${ok} ok, ${failed} failed, ${skipped} skipped; ${pages} page(s) in ${seconds.toFixed(1)} s → ${outDir}`,
  ];
  const failures = report.documents.filter((entry) => entry.status === 'failed');
  if (failures.length > 0) {
    lines.push('failed:');
    for (const entry of failures) lines.push(`  ${entry.input}: ${entry.reason}`);
  }
  const processed = report.documents.filter((entry) => entry.status === 'ok');
  if (processed.length > 1) {
    const slowest = [...processed].sort((a, b) => (b.timings.total ?? 0) - (a.timings.total ?? 0)).slice(0, 3);
    lines.push(`slowest: ${slowest.map((entry) => `${entry.input} (${((entry.timings.total ?? 0) / 1000).toFixed(1)} s)`).join(', ')}`);
    const lowest = [...processed].sort((a, b) => confidenceKey(a) - confidenceKey(b)).slice(0, 3);
    lines.push(`lowest confidence: ${lowest.map((entry) => `${entry.input} (${describeConfidence(entry)})`).join(', ')}`);
  }
  if (report.interrupted) lines.push('run the same command again to finish the rest; finished documents are kept');
  return `${lines.join('\n')}\n`;
}
