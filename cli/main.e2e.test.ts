/**
 * The `podsmith` command as users run it: a real child process (`node --import tsx
 * cli/main.ts`) on the files of cli/fixtures and on hostile input made in a temporary
 * directory. Checks exit codes, output formats, and that nothing crashes, hangs or
 * prints a stack trace.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');
const TIMEOUT = 120_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function podsmith(args: readonly string[], options: { input?: string | Buffer } = {}): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/main.ts'), ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: 'utf8',
    timeout: TIMEOUT - 10_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace and no Node warning on standard error. */
function expectCleanStderr(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|Warning:/);
}

let temp: string;

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-e2e-'));
});

afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('podsmith', () => {
  it('prints its version from package.json', { timeout: TIMEOUT }, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(podsmith(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('prints its help and the help of validate', { timeout: TIMEOUT }, () => {
    expect(podsmith(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') });
    expect(podsmith(['validate', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit status:') });
  });

  it.each([
    [['validate']],
    [['validate', '--bogus', 'x']],
    [['validate', '--kubernetes-version', '2.0', 'x']],
    [['validate', '--pss', 'strict', 'x']],
    [['unknown-command']],
  ])('exits 2 with two lines on stderr for %j', { timeout: TIMEOUT }, (args) => {
    const run = podsmith(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^podsmith: .+\nrun 'podsmith (validate )?--help' for usage\n$/);
  });
});

describe('podsmith validate', () => {
  it('exits 0 on valid manifests: YAML, JSON Lists, anchors and document markers', { timeout: TIMEOUT }, () => {
    const run = podsmith(['validate', 'cli/fixtures/valid']);
    expect(run).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 4 objects (3 files)\n', stderr: '' });
  });

  it('exits 1 on invalid manifests, one line per problem at its file, line and column', { timeout: TIMEOUT }, () => {
    const run = podsmith(['validate', 'cli/fixtures/invalid']);
    expect(run.code).toBe(1);
    expectCleanStderr(run);
    const lines = run.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('    hint: '));
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^cli\/fixtures\/invalid\/[\w-]+\.yaml:\d+:\d+ (error|warning|info) [\w-]+\/[\w-]+ \S+ .+$/);
    expect(lines).toContain('cli/fixtures/invalid/duplicate-key.yaml:5:3 error yaml/duplicate-key - a key appears twice in one mapping');
    expect(lines).toContain('cli/fixtures/invalid/not-an-object.yaml:1:1 error yaml/not-a-mapping - the document is a sequence, not a Kubernetes object');
    expect(lines.some((line) => line.startsWith('cli/fixtures/invalid/pod.yaml:9:5 error schema/unknown-field spec.containers[0].imagePullPolicyy '))).toBe(true);
    expect(lines.some((line) => line.startsWith('cli/fixtures/invalid/malformed.yaml:') && line.includes(' yaml/syntax '))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^\d+ errors, \d+ warnings? in 2 objects \(4 files\)$/);
  });

  it('prints the documented JSON report', { timeout: TIMEOUT }, () => {
    const run = podsmith(['validate', '--format', 'json', 'cli/fixtures/invalid/pod.yaml']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { version: number; summary: Record<string, number>; diagnostics: Record<string, unknown>[] };
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ objects: 1, files: 1 });
    expect(report.summary.errors).toBe(report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'cli/fixtures/invalid/pod.yaml', line: 9, column: 5, severity: 'error', ruleId: 'schema/unknown-field', fieldPath: 'spec.containers[0].imagePullPolicyy', object: { apiVersion: 'v1', kind: 'Pod', namespace: null, name: 'Bad_Name' } }),
    );
  });

  it('reads standard input for -', { timeout: TIMEOUT }, () => {
    const input = fs.readFileSync(path.join(ROOT, 'cli/fixtures/invalid/pod.yaml'));
    const run = podsmith(['validate', '-'], { input });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>:9:5 error schema/unknown-field');
  });

  it('exits 2 for a missing file and still reports the others', { timeout: TIMEOUT }, () => {
    const run = podsmith(['validate', 'no/such/file.yaml', 'cli/fixtures/valid/web.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('no/such/file.yaml:0:0 error input/not-found - no/such/file.yaml does not exist\n    hint: check the path\n1 error, 0 warnings in 2 objects (1 file)\n');
  });

  it('gives byte-identical output on every run', { timeout: TIMEOUT }, () => {
    const first = podsmith(['validate', '--format', 'json', 'cli/fixtures']);
    expect(podsmith(['validate', '--format', 'json', 'cli/fixtures'])).toEqual(first);
  });
});

describe('podsmith validate on hostile input', () => {
  it('refuses an alias bomb, prototype keys, deep nesting and binary data with clear problems', { timeout: TIMEOUT }, () => {
    fs.writeFileSync(path.join(temp, 'deep.yaml'), `a: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`);
    fs.writeFileSync(path.join(temp, 'deep.json'), `{"a": ${'{"a": '.repeat(100_000)}1${'}'.repeat(100_000)}}`);
    fs.writeFileSync(path.join(temp, 'garbage.yaml'), Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
    fs.writeFileSync(path.join(temp, 'nul.yaml'), 'kind: Pod\n\u0000\u0000\u0000');
    fs.copyFileSync(path.join(ROOT, 'cli/fixtures/hostile/alias-bomb.yaml'), path.join(temp, 'bomb.yaml'));
    const started = Date.now();
    const run = podsmith(['validate', temp, 'cli/fixtures/hostile/proto.yaml']);
    expect(Date.now() - started).toBeLessThan(TIMEOUT - 20_000);
    expect(run.code).toBe(1);
    expectCleanStderr(run);
    const rules = run.stdout.split('\n').map((line) => / (yaml|input|schema)\/[\w-]+ /.exec(line)?.[0].trim());
    expect(rules).toEqual(expect.arrayContaining(['yaml/excessive-aliasing', 'yaml/too-deep', 'yaml/invalid-encoding', 'yaml/invalid-character', 'schema/unknown-field']));
    expect(run.stdout.match(/yaml\/too-deep/g)).toHaveLength(2);
  });

  it('refuses a file over the size limit without reading it', { timeout: TIMEOUT }, () => {
    fs.writeFileSync(path.join(temp, 'huge.yaml'), Buffer.alloc(256 * 1024, 0x20));
    const run = podsmith(['validate', '--max-file-size', '64Ki', path.join(temp, 'huge.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('input/too-large - the input is larger than 64 KiB (256 KiB): it was not read');
  });

  it('reports a symbolic link loop once and does not follow it', { timeout: TIMEOUT }, () => {
    const tree = path.join(temp, 'tree');
    fs.mkdirSync(path.join(tree, 'sub'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'cli/fixtures/valid/web.yaml'), path.join(tree, 'sub/web.yaml'));
    fs.symlinkSync(tree, path.join(tree, 'sub/back'));
    const run = podsmith(['validate', tree]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${tree}/sub/back:0:0 error input/symlink-loop - ${tree}/sub/back leads back to`);
    expect(run.stdout.match(/symlink-loop/g)).toHaveLength(1);
    expect(run.stdout).toContain('in 2 objects (1 file)');
  });
});
