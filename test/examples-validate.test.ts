import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { synthExamples } from './example-app';

const root = resolve(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'podsmith-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the examples, read back by podsmith validate', () => {
  it('pass `podsmith validate` file by file (each chart is one file) with no error or warning', { timeout: 60_000 }, () => {
    const charts = synthExamples();
    const files = charts.map((chart) => {
      const file = join(dir, `${chart.id}.k8s.yaml`);
      writeFileSync(file, chart.yaml);
      return file;
    });
    for (const file of files) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'validate', '--format', 'json', file], { cwd: root, encoding: 'utf8' });
      const report = JSON.parse(result.stdout) as { summary: { errors: number; warnings: number; objects: number } };
      expect({ file, status: result.status, ...report.summary }).toMatchObject({ file, status: 0, errors: 0, warnings: 0 });
      expect(report.summary.objects).toBeGreaterThan(0);
    }
  });
});
