import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error';
import { parseDescribeArgs } from './describe-args';
import { runDescribeCli } from './describe-command';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'podsmith-describe-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(argv: readonly string[], stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const input = new PassThrough();
  input.end(stdin);
  const status = await runDescribeCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: input, cwd: work });
  return { status, stdout, stderr };
}

function file(name: string, content: string): string {
  writeFileSync(join(work, name), content);
  return name;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: log-shipper
      image: fluent/fluent-bit:3.1
      restartPolicy: Always
      volumeMounts: [{ name: logs, mountPath: /logs, readOnly: true }]
  containers:
    - name: nginx
      image: nginx:1.27
      ports: [{ containerPort: 80 }]
      volumeMounts: [{ name: logs, mountPath: /var/log/nginx }]
  volumes: [{ name: logs, emptyDir: {} }]
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: nginx, image: nginx:1.27 }]
`;

describe('parseDescribeArgs', () => {
  it('reads paths and options', () => {
    expect(parseDescribeArgs(['a.yaml', '--mermaid', '--svg', 'pics', '-'])).toEqual({ paths: ['a.yaml', '-'], mermaid: true, svgDirectory: 'pics', maxFileBytes: 64 * 1024 * 1024, help: false });
  });

  it.each([
    [[], /no input/],
    [['a.yaml', '--svg'], /'--svg' needs a value/],
    [['a.yaml', '--svg='], /'--svg' needs a directory/],
    [['a.yaml', '--png'], /unknown option '--png'/],
    [['a.yaml', '--mermaid=yes'], /takes no value/],
  ])('%j is a usage error of describe', (argv, message) => {
    expect(() => parseDescribeArgs(argv)).toThrow(message);
    try {
      parseDescribeArgs(argv);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).command).toBe('describe');
    }
  });
});

describe('podsmith describe', () => {
  it('prints its help', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: podsmith describe');
  });

  it('describes each pod and pod template as text', async () => {
    const result = await run([file('pod.yaml', `${POD}---\n${DEPLOYMENT}`)]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Name:         web\nKind:         Pod\nSource:       pod.yaml\n');
    expect(result.stdout).toContain('Start order:  1. log-shipper (native sidecar) → 2. nginx');
    expect(result.stdout).toContain('Role:         sidecar of nginx (shares volume logs)');
    expect(result.stdout).toContain('Kind:         Deployment (pod template)\nSource:       pod.yaml (document 2)');
  });

  it('prints Mermaid flowcharts with --mermaid', async () => {
    const result = await run([file('pod2.yaml', POD), '--mermaid']);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(['%% Pod web', 'flowchart LR', '  subgraph pod["Pod web"]']);
    expect(result.stdout).toContain('c0 -.->|"starts before"| c1');
  });

  it('writes one picture per pod with --svg, named after the object, each name once', async () => {
    const result = await run([file('pods.yaml', `${POD}---\n${POD.replace('kind: Pod', 'kind: Pod\n# again')}---\n${DEPLOYMENT}`), '--svg', 'pictures/nested']);
    expect(result.status).toBe(0);
    expect(readdirSync(join(work, 'pictures/nested')).sort()).toEqual(['deployment-web.svg', 'pod-web-2.svg', 'pod-web.svg']);
    expect(result.stderr).toBe('podsmith describe: wrote 3 pictures to pictures/nested: pod-web.svg, pod-web-2.svg, deployment-web.svg\n');
    expect(readFileSync(join(work, 'pictures/nested/pod-web.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('keeps pictures inside the directory whatever the object is named', async () => {
    const result = await run([file('evil.yaml', POD.replace('name: web', 'name: ../../escape')), '--svg', 'safe']);
    expect(result.status).toBe(0);
    expect(readdirSync(join(work, 'safe'))).toEqual(['pod-escape.svg']);
    expect(existsSync(join(work, '..', 'escape.svg'))).toBe(false);
  });

  it('exits with 2 when the pictures cannot be written', async () => {
    file('not-a-directory', 'x');
    const result = await run([file('pod3.yaml', POD), '--svg', 'not-a-directory']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^podsmith describe: cannot write the pictures into not-a-directory \(E[A-Z]+\)/);
  });

  it('says so when there is no pod, and exits with 0', async () => {
    const result = await run(['-'], 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\n');
    expect(result).toEqual({ status: 0, stdout: '', stderr: 'podsmith describe: the inputs hold no pod or pod template\n' });
  });

  it('reports unreadable input as validate does and still describes the rest', async () => {
    const result = await run([file('broken.yaml', 'a: [\n'), file('ok.yaml', DEPLOYMENT)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^broken\.yaml:\d+:\d+ error yaml\/syntax /);
    expect(result.stdout).toContain('Kind:         Deployment (pod template)');
    expect((await run(['missing.yaml'])).status).toBe(2);
  });

  it('describes invalid manifests as they are, without throwing', async () => {
    const result = await run([file('odd.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: odd }\nspec:\n  containers: nginx\n  volumes: [1, null]\n')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Containers:\n  <none>');
  });

  it('shows control characters from the input as escapes', async () => {
    const result = await run(['-'], JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x\u001b[2Jy' }, spec: { containers: [{ name: 'c', image: 'i\u0007' }] } }));
    expect(result.stdout).toContain('Name:         x\\x1b[2Jy');
    expect(result.stdout).toContain('Image:        i\\x07');
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('the podsmith executable', () => {
  it('dispatches describe', { timeout: 60_000 }, () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/main.ts'), 'describe', '--help'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: podsmith describe');
  });
});
