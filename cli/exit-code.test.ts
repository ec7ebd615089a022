import { describe, expect, it } from 'vitest';
import { exitCodeFor } from './exit-code';
import type { ReportEntry } from './report';

const entry = (severity: ReportEntry['severity'], ruleId: string): ReportEntry => ({ file: 'f', line: 1, column: 1, severity, ruleId, fieldPath: '', message: 'm' });

describe('exitCodeFor', () => {
  it.each([
    ['nothing', [], 0],
    ['warnings and notices', [entry('warning', 'a/b'), entry('info', 'kind/unknown')], 0],
    ['an error', [entry('warning', 'a/b'), entry('error', 'a/c')], 1],
    ['a YAML error', [entry('error', 'yaml/syntax')], 1],
    ['a missing file', [entry('error', 'input/not-found')], 2],
    ['a missing file and an error', [entry('error', 'a/c'), entry('error', 'input/permission-denied')], 2],
    ['a symbolic link loop', [entry('error', 'input/symlink-loop')], 2],
    ['a file too large', [entry('error', 'input/too-large')], 2],
    ['a directory without manifests', [entry('warning', 'input/no-manifests')], 0],
  ] as const)('is right for %s', (_, entries, code) => {
    expect(exitCodeFor(entries)).toBe(code);
  });
});
