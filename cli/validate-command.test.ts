import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../lib/validate/diagnostic';
import type { EngineOptions, ValidatorFactory } from './engine';
import { parseValidateArgs } from './validate-args';
import { runValidate, type CommandIo } from './validate-command';

/**
 * A stand-in for the engine: an error for a container without an image, a warning for
 * a Pod without labels, a notice for an unknown kind; unsupported versions throw.
 */
const standIn: ValidatorFactory = (options: EngineOptions) => {
  if (options.kubernetesVersion !== undefined && options.kubernetesVersion !== '1.33') throw new Error(`unsupported Kubernetes version "${options.kubernetesVersion}"`);
  return {
    validate(objects: readonly unknown[]): Diagnostic[] {
      const found: Diagnostic[] = [];
      objects.forEach((value, objectIndex) => {
        const object = value as { kind?: string; metadata?: { labels?: unknown }; spec?: { containers?: { image?: string }[] } };
        if (object.kind !== 'Pod') {
          found.push({ severity: options.strictKinds === true ? 'error' : 'info', ruleId: 'kind/unknown', fieldPath: 'kind', message: `unknown kind ${String(object.kind)}`, objectIndex });
          return;
        }
        if (object.metadata?.labels === undefined) found.push({ severity: 'warning', ruleId: 'stand-in/labels', fieldPath: 'metadata.labels', message: 'no labels', objectIndex });
        object.spec?.containers?.forEach((container, index) => {
          if (container.image === undefined) found.push({ severity: 'error', ruleId: 'stand-in/image', fieldPath: `spec.containers[${index}].image`, message: 'image is required', hint: 'set an image', objectIndex });
        });
      });
      return found;
    },
  };
};

let root: string;

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin: Readable.from([Buffer.from(stdin)]), cwd: root };
  const code = await runValidate(parseValidateArgs(argv), io, () => standIn);
  return { code, stdout, stderr };
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-command-'));
  fs.writeFileSync(path.join(root, 'good.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {app: a}\nspec:\n  containers:\n  - name: c\n    image: nginx\n');
  fs.writeFileSync(path.join(root, 'bad.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  containers:\n  - name: c\n');
  fs.writeFileSync(path.join(root, 'broken.yaml'), 'kind: [\n');
  fs.writeFileSync(path.join(root, 'crd.yaml'), 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n');
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('runValidate', () => {
  it('prints the help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: podsmith validate');
  });

  it('exits 0 for valid manifests, with the summary', async () => {
    expect(await run(['good.yaml'])).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 1 object (1 file)\n', stderr: '' });
  });

  it('exits 1 for an error and prints each finding at its line and column', async () => {
    const { code, stdout } = await run(['good.yaml', 'bad.yaml']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      'bad.yaml:3:1 warning stand-in/labels metadata.labels no labels\n' +
        'bad.yaml:7:5 error stand-in/image spec.containers[0].image image is required\n' +
        '    hint: set an image\n' +
        '1 error, 1 warning in 2 objects (2 files)\n',
    );
  });

  it('exits 1 for malformed YAML and still validates the other files', async () => {
    const { code, stdout } = await run(['broken.yaml', 'good.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^broken\.yaml:\d+:\d+ error yaml\/syntax - malformed YAML/);
    expect(stdout).toContain('1 error, 0 warnings in 1 object (2 files)');
  });

  it('exits 0 with a notice for an unknown kind, 1 with --strict-kinds', async () => {
    expect((await run(['crd.yaml'])).code).toBe(0);
    expect((await run(['crd.yaml'])).stdout).toContain('crd.yaml:2:1 info kind/unknown kind unknown kind Widget');
    expect((await run(['--strict-kinds', 'crd.yaml'])).code).toBe(1);
  });

  it('exits 2 for a missing file, and reports the rest', async () => {
    const { code, stdout } = await run(['missing.yaml', 'bad.yaml']);
    expect(code).toBe(2);
    expect(stdout.split('\n')[0]).toBe('missing.yaml:0:0 error input/not-found - missing.yaml does not exist');
    expect(stdout).toContain('bad.yaml:7:5 error stand-in/image');
  });

  it('exits 2 for options the engine refuses, before reading anything', async () => {
    const { code, stdout, stderr } = await run(['--kubernetes-version', '1.99', 'missing.yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('podsmith: unsupported Kubernetes version "1.99"\nrun \'podsmith validate --help\' for usage\n');
  });

  it('passes the options to the engine', async () => {
    expect((await run(['--kubernetes-version', '1.33', 'good.yaml'])).code).toBe(0);
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await run(['-'], 'apiVersion: v1\nkind: Pod\nmetadata: {labels: {a: b}}\nspec:\n  containers:\n  - name: x\n');
    expect(code).toBe(1);
    expect(stdout).toContain('<stdin>:6:5 error stand-in/image');
  });

  it('prints JSON with --format json', async () => {
    const { code, stdout } = await run(['--format', 'json', 'bad.yaml']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { summary: unknown; diagnostics: { object: unknown; line: number }[] };
    expect(report.summary).toEqual({ errors: 1, warnings: 1, notices: 0, objects: 1, files: 1 });
    expect(report.diagnostics[1]).toMatchObject({ line: 7, object: { apiVersion: 'v1', kind: 'Pod', namespace: null, name: 'b' } });
  });

  it('reports an engine failure as an internal error, without a stack trace', async () => {
    let stderr = '';
    const io: CommandIo = { stdout: () => undefined, stderr: (text) => (stderr += text), stdin: Readable.from([]), cwd: root };
    const failing: ValidatorFactory = () => ({ validate: () => { throw new Error('boom\n    at somewhere'); } });
    expect(await runValidate(parseValidateArgs(['good.yaml']), io, () => failing)).toBe(2);
    expect(stderr).toBe('podsmith: internal error while validating: boom\nplease report it with the manifests that cause it\n');
  });

  it('gives the same output every run', async () => {
    const first = await run(['.']);
    const second = await run(['.']);
    expect(second).toEqual(first);
  });
});
