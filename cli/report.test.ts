import { describe, expect, it } from 'vitest';
import { readManifestText } from '../lib/manifest/read-manifest';
import type { ReadProblem } from '../lib/manifest/read-problem';
import { buildReport, summarizeObject } from './report';

const problem = (file: string, line: number, ruleId = 'yaml/syntax'): ReadProblem => ({ file, line, column: 1, severity: 'error', ruleId: ruleId as ReadProblem['ruleId'], fieldPath: '', message: 'm' });

describe('buildReport', () => {
  it('reports nothing for nothing', () => {
    expect(buildReport({ inputOrder: [], filesRead: 0, objects: [], diagnostics: [], problems: [] })).toEqual({
      entries: [],
      summary: { errors: 0, warnings: 0, notices: 0, objects: 0, files: 0 },
    });
  });

  it('locates diagnostics in their files and names their objects', () => {
    const { objects } = readManifestText('pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  containers:\n  - name: c\n');
    const report = buildReport({
      inputOrder: ['pod.yaml'],
      filesRead: 1,
      objects,
      diagnostics: [{ severity: 'error', ruleId: 'container/image', fieldPath: 'spec.containers[0].image', message: 'image is required', hint: 'set it', objectIndex: 0 }],
      problems: [],
    });
    expect(report.entries).toEqual([
      { file: 'pod.yaml', line: 8, column: 5, severity: 'error', ruleId: 'container/image', fieldPath: 'spec.containers[0].image', message: 'image is required', hint: 'set it', object: { apiVersion: 'v1', kind: 'Pod', namespace: 'prod', name: 'web' } },
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, notices: 0, objects: 1, files: 1 });
  });

  it('orders entries by input, line and column, keeping the order found otherwise', () => {
    const report = buildReport({
      inputOrder: ['z.yaml', 'a.yaml'],
      filesRead: 2,
      objects: [],
      diagnostics: [],
      problems: [problem('a.yaml', 1), problem('z.yaml', 9), problem('z.yaml', 2, 'yaml/duplicate-key'), problem('z.yaml', 2, 'yaml/too-deep')],
    });
    expect(report.entries.map((entry) => `${entry.file}:${entry.line} ${entry.ruleId}`)).toEqual(['z.yaml:2 yaml/duplicate-key', 'z.yaml:2 yaml/too-deep', 'z.yaml:9 yaml/syntax', 'a.yaml:1 yaml/syntax']);
  });

  it('counts each severity', () => {
    const { objects } = readManifestText('f', 'kind: A\n');
    const report = buildReport({
      inputOrder: ['f'],
      filesRead: 1,
      objects,
      diagnostics: [
        { severity: 'warning', ruleId: 'a', fieldPath: '', message: 'm', objectIndex: 0 },
        { severity: 'info', ruleId: 'b', fieldPath: '', message: 'm', objectIndex: 0 },
        { severity: 'info', ruleId: 'c', fieldPath: '', message: 'm', objectIndex: 0 },
      ],
      problems: [problem('f', 1)],
    });
    expect(report.summary).toEqual({ errors: 1, warnings: 1, notices: 2, objects: 1, files: 1 });
  });
});

describe('summarizeObject', () => {
  it.each([
    [{}, { apiVersion: null, kind: null, namespace: null, name: null }],
    [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', namespace: 'b' } }, { apiVersion: 'v1', kind: 'Pod', namespace: 'b', name: 'a' }],
    [{ apiVersion: 1, kind: ['Pod'], metadata: 'x' }, { apiVersion: null, kind: null, namespace: null, name: null }],
    [{ metadata: { name: 3 } }, { apiVersion: null, kind: null, namespace: null, name: null }],
  ])('names %j', (value, summary) => {
    expect(summarizeObject(value)).toEqual(summary);
  });
});
