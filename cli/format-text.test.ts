import { describe, expect, it } from 'vitest';
import { formatEntry, formatSummary, formatText } from './format-text';
import type { Report } from './report';

const summary = { errors: 0, warnings: 0, notices: 0, objects: 0, files: 0 };

describe('formatText', () => {
  it('prints only the summary when there is nothing to report', () => {
    expect(formatText({ entries: [], summary })).toBe('0 errors, 0 warnings in 0 objects (0 files)\n');
  });

  it('prints one line per finding, the hint indented below it', () => {
    const report: Report = {
      entries: [
        { file: 'a.yaml', line: 12, column: 9, severity: 'error', ruleId: 'schema/unknown-field', fieldPath: 'spec.x', message: 'unknown field "x"', hint: 'remove it' },
        { file: 'a.yaml', line: 0, column: 0, severity: 'info', ruleId: 'kind/unknown', fieldPath: '', message: 'skipped' },
      ],
      summary: { errors: 1, warnings: 0, notices: 1, objects: 1, files: 1 },
    };
    expect(formatText(report)).toBe(
      'a.yaml:12:9 error schema/unknown-field spec.x unknown field "x"\n    hint: remove it\na.yaml:0:0 info kind/unknown - skipped\n1 error, 0 warnings in 1 object (1 file)\n',
    );
  });

  it('keeps every finding on one line', () => {
    expect(formatEntry({ file: 'f', line: 1, column: 2, severity: 'warning', ruleId: 'r/x', fieldPath: 'a', message: 'two\nlines' })).toBe('f:1:2 warning r/x a two lines');
  });

  it.each([
    [{ errors: 1, warnings: 1, notices: 0, objects: 1, files: 1 }, '1 error, 1 warning in 1 object (1 file)'],
    [{ errors: 2, warnings: 3, notices: 9, objects: 14, files: 3 }, '2 errors, 3 warnings in 14 objects (3 files)'],
  ])('summarizes %j', (counts, line) => {
    expect(formatSummary(counts)).toBe(line);
  });
});
