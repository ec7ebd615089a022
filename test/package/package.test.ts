import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argvOf, readPluginConfig } from './gitops-files';
import { buildAndPack, installConsumer, PLANTED, type PackedProject } from './pack-project';
import { runCommand, type CommandResult } from './run-command';
import { bareRequires, declaredEntries, moduleOf, reachableFiles } from './tarball-contents';

// The package as users get it: `npm pack` of a fresh build, installed into a tiny consumer
// project with cdk8s and constructs at the project's locked versions. One build, one pack and
// one install serve every case; the consumer's processes run concurrently.

const root = resolve(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'podsmith-package-'));
const consumer = join(work, 'consumer');
const SLOW = { timeout: 300_000 };
let packed: PackedProject;

beforeAll(async () => {
  packed = await buildAndPack(root, work);
  await installConsumer(root, packed.tarball, consumer);
}, 600_000);
afterAll(() => rm(work, { recursive: true, force: true }), 120_000);

function bin(name: string): string {
  return join(consumer, 'node_modules', '.bin', name);
}

function inConsumer(command: string, args: readonly string[], env?: Record<string, string>): Promise<CommandResult> {
  return runCommand(command, args, { cwd: consumer, env });
}

/** What the consumer's app.ts synthesizes (Kubernetes 1.33: the sidecar is a native one). */
const APP_YAML = `apiVersion: v1
kind: Pod
metadata:
  labels:
    app: web
  name: web
spec:
  containers:
    - image: nginx:1.27
      livenessProbe:
        httpGet:
          path: /healthz
          port: 80
        periodSeconds: 10
      name: nginx
      ports:
        - containerPort: 80
      resources:
        requests:
          cpu: 200m
          memory: 250Mi
      volumeMounts:
        - mountPath: /var/log/nginx
          name: logs
  initContainers:
    - image: fluent/fluent-bit:3.1
      name: log-shipper
      restartPolicy: Always
      volumeMounts:
        - mountPath: /logs
          name: logs
          readOnly: true
  volumes:
    - emptyDir: {}
      name: logs
`;

describe('the tarball', () => {
  it('holds the build of lib, patterns and cli, README, LICENSE, CHANGELOG and package.json, nothing else', () => {
    const unexpected = packed.files.filter(
      (file) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(file) && !/^build\/(lib|patterns|cli)\/[\w./-]+(\.js|\.d\.ts)$/.test(file),
    );
    expect(unexpected).toEqual([]);
    expect(packed.files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'build/lib/index.js', 'build/lib/index.d.ts']));
  });

  it('holds no tests, snapshots, synth output, sources, source maps or secrets, even when they lie beside the build', () => {
    expect(packed.files.filter((file) => file in PLANTED)).toEqual([]);
    const suspicious = /\.test\.|\.spec\.|__snapshots__|(^|\/)(test|tests|dist|coverage|fixtures?)\/|testkit|fixture|\.map$|(^|\/)\.env|\.npmrc|id_rsa|\.pem$|\.key$|(?<!\.d)\.ts$/;
    expect(packed.files.filter((file) => suspicious.test(file))).toEqual([]);
    const leaking = packed.files.filter((file) => {
      const content = readFileSync(join(packed.packageDir, file), 'utf8');
      return content.includes('planted-secret') || content.includes('sourceMappingURL') || content.includes(root) || content.includes(work);
    });
    expect(leaking).toEqual([]);
  });

  it('has types beside every module, and only modules the entry points reach', () => {
    const files = new Set(packed.files);
    const built = packed.files.filter((file) => file.startsWith('build/'));
    expect(built.filter((file) => file.endsWith('.js') && !files.has(file.replace(/\.js$/, '.d.ts')))).toEqual([]);
    expect(built.filter((file) => file.endsWith('.d.ts') && !files.has(file.replace(/\.d\.ts$/, '.js')))).toEqual([]);
    const entries = declaredEntries(packed.packageDir);
    const runtime = reachableFiles(packed.packageDir, files, entries.javascript, '.js');
    const types = reachableFiles(packed.packageDir, files, entries.declarations, '.d.ts');
    expect([...runtime.unresolved, ...types.unresolved]).toEqual([]);
    const needed = new Set([...runtime.reachable, ...types.reachable].map(moduleOf));
    expect(built.filter((file) => !needed.has(moduleOf(file)))).toEqual([]);
  });

  it('requires at run time only Node built-ins, its dependencies and its peer dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(packed.packageDir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const allowed = new Set([...builtinModules, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const requires = bareRequires(packed.packageDir, packed.files);
    expect(requires.length).toBeGreaterThan(0);
    expect(requires.filter(({ name }) => !allowed.has(name.replace(/^node:/, '')))).toEqual([]);
  });

  it('declares every entry point with its types, the bin, and no install scripts', () => {
    const manifest = JSON.parse(readFileSync(join(packed.packageDir, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(manifest.exports)).toEqual(['.', './patterns', './validate', './testing', './package.json']);
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath === './package.json') continue;
      expect(Object.keys(target as object), subpath).toEqual(['types', 'default']);
    }
    expect(Object.keys(manifest.typesVersions['*'] as object).sort()).toEqual(['patterns', 'testing', 'validate']);
    expect(manifest.bin).toEqual({ podsmith: 'build/cli/main.js' });
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([]);
  });
});

describe.concurrent('a consumer project installed from the tarball', () => {
  it('requires every entry point from CommonJS and synthesizes, validates and reports', SLOW, async () => {
    const result = await inConsumer(process.execPath, ['load.cjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
      kinds: ['Pod'],
      initContainers: ['helper'],
      diagnostics: 0,
      yaml: true,
      sameDiff: 0,
      errorIsSynthError: true,
      errorRules: ['ports/container-port'],
    });
  });

  it('imports every entry point from ESM, with every CommonJS export detected as a named export', SLOW, async () => {
    const result = await inConsumer(process.execPath, ['load.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      missing: { podsmith: [], 'podsmith/patterns': [], 'podsmith/validate': [], 'podsmith/testing': [] },
      files: ['esm.k8s.yaml'],
      sameAsYaml: true,
      objects: 1,
      valid: true,
      sameClass: true,
      imports: ['object', 'function', 'function'],
    });
  });

  it.each([
    ['tsx', ['app.ts']],
    ['ts-node', ['app.ts']],
  ])('runs a TypeScript cdk8s app with %s, synthesizing a Pod and its sidecar', SLOW, async (runner, args) => {
    const outdir = join(work, `out-${runner}`);
    const result = await inConsumer(bin(runner), args, { CDK8S_OUTDIR: outdir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(outdir, 'consumer.k8s.yaml'), 'utf8')).toBe(APP_YAML);
  });

  it('type-checks against the declarations with node10 (typesVersions) and node16 (exports) resolution', SLOW, async () => {
    const [node10, node16] = await Promise.all([inConsumer(bin('tsc'), ['-p', 'tsconfig.json']), inConsumer(bin('tsc'), ['-p', 'tsconfig.node16.json'])]);
    expect(node10.stdout).toBe('');
    expect(node10.status).toBe(0);
    expect(node16.stdout).toBe('');
    expect(node16.status).toBe(0);
  });

  it('runs the podsmith bin: validate accepts a valid file and rejects an invalid one', SLOW, async () => {
    const [valid, invalid] = await Promise.all([
      inConsumer(bin('podsmith'), ['validate', 'manifests/valid.yaml']),
      inConsumer(bin('podsmith'), ['validate', 'manifests/invalid.yaml']),
    ]);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    expect(invalid.status).toBe(1);
    expect(`${invalid.stdout}${invalid.stderr}`).toMatch(/manifests\/invalid\.yaml:\d+:\d+.*ports\/container-port.*spec\.containers\[0\]\.ports\[0\]\.containerPort/);
  });

  it("runs the GitOps example's Argo CD plugin: synth, validate for the cluster's version, then the manifests", SLOW, async () => {
    const { program, args } = argvOf(readPluginConfig(root).spec.generate);
    // cdk8s-cli comes from the project; the plugin puts the app's own node_modules/.bin first.
    const env = { PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, KUBE_VERSION: 'v1.28.5' };
    const [clusterVersion, appVersion, broken] = await Promise.all([
      inConsumer(program, args, env),
      inConsumer(program, args, { ...env, ARGOCD_ENV_KUBERNETES_VERSION: '1.33' }),
      inConsumer(program, args, { ...env, BREAK_APP: '1' }),
    ]);
    expect(clusterVersion.stderr).toContain('which Kubernetes 1.28 drops');
    expect(clusterVersion.status).toBe(0);
    expect(clusterVersion.stdout).toBe(`---\n${APP_YAML}`);
    expect(appVersion.stderr).not.toContain('which Kubernetes 1.28 drops');
    expect(appVersion.stderr).toMatch(/0 errors, 0 warnings in 1 object/);
    expect(appVersion.stdout).toBe(`---\n${APP_YAML}`);
    expect(broken.status).not.toBe(0);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('podsmith: 1 error in 1 object');
    expect(broken.stderr).toContain('broken/bad-port (Pod bad-port)');
  });

  it('passes publint and arethetypeswrong without a single message', SLOW, async () => {
    const [publint, attw] = await Promise.all([
      runCommand(join(root, 'node_modules', '.bin', 'publint'), ['run', packed.tarball, '--strict'], { cwd: work }),
      runCommand(join(root, 'node_modules', '.bin', 'attw'), [packed.tarball, '--format', 'json'], { cwd: work }),
    ]);
    expect(publint.stdout + publint.stderr).not.toMatch(/Errors:|Warnings:|Suggestions:/);
    expect(publint.status).toBe(0);
    const report = JSON.parse(attw.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
    expect(attw.status).toBe(0);
  });
});
