import { describe, expect, it } from 'vitest';
import { formatJson } from './format-json';

describe('formatJson', () => {
  it('prints the stable shape with nulls for what is absent', () => {
    const text = formatJson({
      entries: [
        { file: 'a.yaml', line: 3, column: 5, severity: 'error', ruleId: 'r/one', fieldPath: 'spec', message: 'bad', hint: 'fix', object: { apiVersion: 'v1', kind: 'Pod', namespace: null, name: 'web' } },
        { file: 'b.yaml', line: 1, column: 1, severity: 'error', ruleId: 'yaml/syntax', fieldPath: '', message: 'malformed' },
      ],
      summary: { errors: 2, warnings: 0, notices: 0, objects: 1, files: 2 },
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      summary: { errors: 2, warnings: 0, notices: 0, objects: 1, files: 2 },
      diagnostics: [
        { file: 'a.yaml', line: 3, column: 5, severity: 'error', ruleId: 'r/one', fieldPath: 'spec', message: 'bad', hint: 'fix', object: { apiVersion: 'v1', kind: 'Pod', namespace: null, name: 'web' } },
        { file: 'b.yaml', line: 1, column: 1, severity: 'error', ruleId: 'yaml/syntax', fieldPath: '', message: 'malformed', hint: null, object: null },
      ],
    });
  });

  it('keeps its key order', () => {
    const text = formatJson({ entries: [{ file: 'f', line: 1, column: 1, severity: 'warning', ruleId: 'r', fieldPath: '', message: 'm' }], summary: { errors: 0, warnings: 1, notices: 0, objects: 0, files: 1 } });
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'summary', 'diagnostics']);
    expect(Object.keys(JSON.parse(text).diagnostics[0])).toEqual(['file', 'line', 'column', 'severity', 'ruleId', 'fieldPath', 'message', 'hint', 'object']);
  });
});
