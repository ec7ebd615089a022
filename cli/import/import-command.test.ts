import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error';
import { parseImportArgs } from './import-args';
import { runImportCli } from './import-command';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'podsmith-import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `podsmith import` in-process in the work folder, `stdin` behind `-`. */
async function run(argv: readonly string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const input = new PassThrough();
  input.end(stdin);
  const status = await runImportCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: input, cwd: work });
  return { status, stdout, stderr };
}

function file(name: string, content: string | Buffer): string {
  writeFileSync(join(work, name), content);
  return name;
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: nginx\n      image: nginx:1.27\n';

/** No stack trace, no internal error. */
function expectCleanErrors(result: Run): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain('internal error');
}

describe('parseImportArgs', () => {
  it('reads paths and options', () => {
    expect(parseImportArgs(['a.yaml', '-o', 'out.ts', '--kubernetes-version', '1.30', '--import-from', '../..', 'dir'])).toEqual({
      paths: ['a.yaml', 'dir'],
      output: 'out.ts',
      kubernetesVersion: '1.30',
      importFrom: '../..',
      maxFileBytes: 64 * 1024 * 1024,
      help: false,
    });
    expect(parseImportArgs(['-', '--output=x.ts', '--max-file-size', '1Ki']).maxFileBytes).toBe(1024);
  });

  it.each([
    [[], /no input/],
    [['a.yaml', '--bogus'], /unknown option '--bogus'/],
    [['a.yaml', '-o'], /option '-o' needs a value/],
    [['a.yaml', '--output', '--help'], /needs a value \(found '--help' instead\)/],
    [['a.yaml', '--max-file-size', 'lots'], /--max-file-size/],
    [['a.yaml', '--help=yes'], /takes no value/],
  ])('%j is a usage error of import', (argv, message) => {
    let thrown: unknown;
    try {
      parseImportArgs(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toMatch(message);
    expect((thrown as UsageError).command).toBe('import');
  });
});

describe('podsmith import', () => {
  it('prints its help', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: podsmith import');
  });

  it('prints the app on standard output, the same every run', async () => {
    const input = file('pod.yaml', POD);
    const first = await run([input]);
    expect(first).toEqual({ status: 0, stdout: expect.stringContaining("new Pod(podChart, 'web', {"), stderr: '' });
    expect((await run([input])).stdout).toBe(first.stdout);
    expect(first.stdout).toContain("import { App, Chart, Pod } from 'podsmith';");
  });

  it('writes the app to --output and says so', async () => {
    const input = file('pod2.yaml', POD);
    const result = await run([input, '-o', 'app.ts']);
    expect(result).toEqual({ status: 0, stdout: '', stderr: 'podsmith import: wrote app.ts (1 object from 1 file)\n' });
    expect(readFileSync(join(work, 'app.ts'), 'utf8')).toContain("new Pod(pod2Chart, 'web'");
  });

  it('reads standard input as a chart named stdin', async () => {
    const result = await run(['-'], POD);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("const stdinChart = new Chart(app, 'stdin');");
  });

  it('prints the validator report on invalid input and generates nothing', async () => {
    const input = file('bad.yaml', POD.replace('image: nginx:1.27', 'image: nginx:1.27\n      imagePullPolicy: Sometimes'));
    const result = await run([input, '-o', 'bad.ts']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^bad\.yaml:9:\d+ error \S+ spec\.containers\[0\]\.imagePullPolicy /m);
    expect(result.stderr).toContain('1 error, 0 warnings in 1 object (1 file)');
    expect(existsSync(join(work, 'bad.ts'))).toBe(false);
  });

  it('accepts the same name in two files: each file is its own chart', async () => {
    const result = await run([file('a.yaml', POD), file('b.yaml', POD)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("new Pod(aChart, 'web'");
    expect(result.stdout).toContain("new Pod(bChart, 'web'");
  });

  it('reports a duplicate inside one file as validate does', async () => {
    const result = await run([file('dup.yaml', `${POD}---\n${POD}`)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('object/duplicate');
  });

  it('notes a custom resource and writes it as an ApiObject', async () => {
    const result = await run([file('crd.yaml', 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 3\n')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('info schema/unknown-kind');
    expect(result.stdout).toContain("new ApiObject(crdChart, 'w', {");
    expect(result.stdout).toContain("import { ApiObject } from 'cdk8s';");
  });

  it('writes the target version into the app', async () => {
    const result = await run([file('v.yaml', POD), '--kubernetes-version', '1.30']);
    expect(result.stdout).toContain("const app = new App({ kubernetesVersion: '1.30' });");
  });

  it('refuses an unknown Kubernetes version as a usage error', async () => {
    await expect(run([file('v2.yaml', POD), '--kubernetes-version', '2.0'])).rejects.toThrow(/unsupported Kubernetes version/);
  });

  it('says so when the inputs hold no object', async () => {
    const result = await run([file('empty.yaml', '# nothing\n---\n')]);
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'podsmith import: the inputs hold no Kubernetes objects; nothing was generated\n' });
  });

  it('exits with 2 for an input that cannot be read, and generates nothing', async () => {
    const result = await run(['missing.yaml', file('ok.yaml', POD)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('missing.yaml:0:0 error input/not-found');
  });

  it('exits with 2 when the output cannot be written', async () => {
    const result = await run([file('w.yaml', POD), '-o', 'no/such/dir/app.ts']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('podsmith import: cannot write no/such/dir/app.ts (ENOENT); check that its directory exists and is writable\n');
  });
});

describe('podsmith import on hostile input', () => {
  it.each([
    ['an alias bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n', 1, 'yaml/excessive-aliasing'],
    ['very deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}\n`, 1, 'yaml/too-deep'],
    ['binary garbage', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x81, 0x82]), 1, 'yaml/'],
    ['a document that is not a mapping', '- just\n- a list\n', 1, 'yaml/not-a-mapping'],
  ])('%s: a clear error, exit %s, nothing generated', async (name, content, status, rule) => {
    const result = await run([file(`${name.replace(/\W+/g, '-')}.yaml`, content)]);
    expect(result.status).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(rule);
    expectCleanErrors(result);
  });

  it('refuses a file above --max-file-size with exit 2', async () => {
    const result = await run([file('big.yaml', `${POD}# ${'x'.repeat(4096)}\n`), '--max-file-size', '1Ki']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('input/too-large');
    expect(result.stdout).toBe('');
  });

  it.each([
    ['__proto__', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  __proto__: polluted\n', 'data.__proto__'],
    ['constructor', 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  constructor:\n    name: x\n', 'spec.constructor'],
  ])('a %s key: a clear error naming the field, nothing generated, nothing polluted', async (key, content, fieldPath) => {
    const result = await run([file(`${key}.yaml`, content), '-o', `${key}.ts`]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error import/not-reproducible ${fieldPath} the key "${key}" cannot be written back by a cdk8s app`);
    expect(result.stderr).toMatch(/^\S+:\d+:\d+ /m);
    expect(existsSync(join(work, `${key}.ts`))).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('name', 'x');
    expectCleanErrors(result);
  });
});

describe('the podsmith executable', () => {
  it('dispatches import', { timeout: 60_000 }, () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/main.ts'), 'import', '--help'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: podsmith import');
  });
});
