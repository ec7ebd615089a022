/**
 * The text output of `podsmith validate`: one line per finding,
 *
 *     file:line:col severity ruleId fieldPath message
 *         hint: how to fix it
 *
 * (`-` stands for an empty field path), then a summary line such as
 * `2 errors, 1 warning in 14 objects (3 files)`.
 */
import type { Report, ReportEntry, ReportSummary } from './report';

/** The report as text, ending with a line break. */
export function formatText(report: Report): string {
  const lines: string[] = [];
  for (const entry of report.entries) {
    lines.push(formatEntry(entry));
    if (entry.hint !== undefined && entry.hint !== '') lines.push(`    hint: ${oneLine(entry.hint)}`);
  }
  lines.push(formatSummary(report.summary));
  return `${lines.join('\n')}\n`;
}

/** One finding on one line. */
export function formatEntry(entry: ReportEntry): string {
  const fieldPath = entry.fieldPath === '' ? '-' : oneLine(entry.fieldPath);
  return `${entry.file}:${entry.line}:${entry.column} ${entry.severity} ${entry.ruleId} ${fieldPath} ${oneLine(entry.message)}`;
}

/** `N errors, M warnings in K objects (F files)`, in correct English for 1. */
export function formatSummary(summary: ReportSummary): string {
  return `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')} in ${count(summary.objects, 'object')} (${count(summary.files, 'file')})`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
