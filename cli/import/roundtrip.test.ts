/**
 * The guarantee of `podsmith import`, tested end to end on every example chart and every
 * seed manifest: the generated app, run as its own process the way `cdk8s synth` runs it,
 * writes back the same objects (empty semantic diff), and it type-checks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartIdFromFile } from '../../lib/import/names';
import { readManifestText } from '../../lib/manifest';
import { semanticDiff } from '../../lib/testing/semantic-diff';
import { synthExamples } from '../../test/example-app';
import { runImportCli } from './import-command';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'podsmith-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SEED_FOLDERS = ['examples/seeds/manifests', 'examples/workloads/manifests'];

/** Runs `podsmith import` in-process from the project root. */
async function importFiles(paths: readonly string[], output: string): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const status = await runImportCli(['--import-from', root, '-o', output, ...paths], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    stdin: new PassThrough(),
    cwd: root,
  });
  return { status, stderr };
}

/** Runs a generated app as `cdk8s synth` does; returns the files it wrote. */
function runApp(script: string, outdir: string): { status: number | null; stderr: string; files: Record<string, string> } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, CDK8S_OUTDIR: outdir, NODE_PATH: join(root, 'node_modules') },
    encoding: 'utf8',
  });
  const files: Record<string, string> = {};
  for (const name of readdirSync(outdir, { recursive: true }) as string[]) {
    try {
      files[name] = readFileSync(join(outdir, name), 'utf8');
    } catch {
      // a folder
    }
  }
  return { status: run.status, stderr: run.stderr, files };
}

/** The objects of a manifest file, as the importer read them. */
function objectsOf(file: string): Record<string, unknown>[] {
  return readManifestText(file, readFileSync(resolve(root, file), 'utf8')).objects.map((o) => o.value);
}

interface Case {
  readonly input: string;
  readonly expected: Record<string, unknown>[];
}

function roundTrip(name: string, cases: () => Case[]): void {
  describe(name, () => {
    let output: ReturnType<typeof runApp>;
    let imported: { status: number; stderr: string };
    const script = join(work, `${name}.ts`);
    const outdir = join(work, `${name}-out`);

    beforeAll(async () => {
      mkdirSync(outdir, { recursive: true });
      imported = await importFiles(
        cases().map((c) => c.input),
        script,
      );
      output = runApp(script, outdir);
    }, 120_000);

    it('imports without a problem and the app runs without a message', () => {
      expect(imported.stderr).toMatch(/^podsmith import: wrote /);
      expect(imported.status).toBe(0);
      expect(output.stderr).toBe('');
      expect(output.status).toBe(0);
    });

    it.each(cases().map((c) => [c.input, c] as const))('%s comes back as the same objects', (_input, c) => {
      const written = output.files[`${chartIdFromFile(c.input)}.k8s.yaml`];
      expect(written, `no output for ${c.input}: ${Object.keys(output.files).join(', ')}`).toBeDefined();
      const actual = readManifestText('out.yaml', written).objects.map((o) => o.value);
      expect(actual).toHaveLength(c.expected.length);
      c.expected.forEach((object, index) => expect(semanticDiff(object, actual[index])).toEqual([]));
    });
  });
}

roundTrip('seeds', () =>
  SEED_FOLDERS.flatMap((folder) =>
    readdirSync(resolve(root, folder))
      .sort()
      .map((file) => `${folder}/${file}`)
      .map((input) => ({ input, expected: objectsOf(input) })),
  ),
);

const examplesDir = join(work, 'example-charts');
roundTrip('examples', () => {
  mkdirSync(examplesDir, { recursive: true });
  return synthExamples().map((chart) => {
    const input = join(examplesDir, `${chart.id}.yaml`);
    writeFileSync(input, chart.yaml);
    return { input, expected: [...chart.objects] };
  });
});

const hostileDir = join(work, 'hostile');
const marker = join(work, 'injected');
roundTrip('hostile-strings', () => {
  mkdirSync(hostileDir, { recursive: true });
  const attack = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
  const strings = [
    `'); ${attack}; ('`,
    `"); ${attack}; ("`,
    `\`; ${attack}; \``,
    `\${${attack}}`,
    `*/ ${attack}; /*`,
    `\n${attack}\n// `,
    `line\u2028${attack}`,
    'back\\slash \\\' quote',
    'bidi \u202e txet',
    'emoji 😀 and 한국어',
    'tab\tand\rreturn',
  ];
  const data = Object.fromEntries(strings.map((value, index) => [`key-${index}`, value]));
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'hostile', annotations: Object.fromEntries(strings.map((value, index) => [`example.com/a${index}`, value])) },
    spec: { containers: [{ name: 'c', image: 'busybox:1.36', args: strings, env: strings.map((value, index) => ({ name: `V${index}`, value })) }] },
  };
  const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'hostile' }, data };
  const input = join(hostileDir, "evil'name\n* \u2028.json");
  writeFileSync(input, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [pod, configMap] }));
  return [{ input, expected: [pod, configMap] }];
});

describe('hostile strings', () => {
  it('run as data, never as code', () => {
    expect(existsSync(marker)).toBe(false);
  });
});

describe('the generated code', () => {
  it('type-checks against podsmith and cdk8s (strict)', { timeout: 120_000 }, async () => {
    const script = join(work, 'typecheck.ts');
    const inputs = [...SEED_FOLDERS.map((folder) => resolve(root, folder)), examplesDir];
    expect((await importFiles(inputs, script)).status).toBe(0);
    const config = join(work, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'ES2022',
          lib: ['ES2022'],
          skipLibCheck: true,
          esModuleInterop: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
          baseUrl: work,
          paths: { cdk8s: [join(root, 'node_modules/cdk8s')], constructs: [join(root, 'node_modules/constructs')] },
        },
        files: [script],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: root, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
