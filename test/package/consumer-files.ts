/**
 * The files of a tiny project that uses podsmith as its users do: installed from the packed
 * tarball, loaded from CommonJS, from ESM, and as a cdk8s app in TypeScript. Kept as strings
 * (not as .ts files under test/) so the project's own typecheck does not try to resolve
 * `podsmith` as an installed package.
 */

/** The consumer's tsconfig, as `cdk8s init typescript-app` writes one: CommonJS, node10 resolution. */
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'commonjs',
    moduleResolution: 'node',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    noUnusedLocals: true,
    esModuleInterop: true,
    skipLibCheck: false,
    noEmit: true,
  },
  files: ['app.ts'],
};

/** The same sources checked with Node's own resolution (package `exports`), from CommonJS and from ESM. */
const TSCONFIG_NODE16 = {
  extends: './tsconfig.json',
  compilerOptions: { module: 'node16', moduleResolution: 'node16' },
  files: ['app.ts', 'types.mts'],
};

/** The consumer's cdk8s.yaml: `cdk8s synth` runs the app with tsx. */
const CDK8S_YAML = 'language: typescript\napp: tsx app.ts\n';

/**
 * A cdk8s app in TypeScript using the root, `patterns`, `validate` and `testing` entry
 * points. Synthesized with `app.synth()`, as `cdk8s synth` runs it (output folder from
 * `CDK8S_OUTDIR`); with `BREAK_APP` set it holds an invalid pod besides.
 */
const APP_TS = `import { App, Chart, Cpu, Memory, Pod, Probe } from 'podsmith';
import { Sidecar } from 'podsmith/patterns';
import { synthObjects } from 'podsmith/testing';
import { validateObjects, type Diagnostic } from 'podsmith/validate';

const app = new App({ kubernetesVersion: '1.33' });
const chart = new Chart(app, 'consumer', { disableResourceNameHashes: true });
const web = new Pod(chart, 'web', {
  metadata: { labels: { app: 'web' } },
  containers: [{
    name: 'nginx',
    image: 'nginx:1.27',
    ports: [{ containerPort: 80 }],
    livenessProbe: Probe.httpGet(80, { path: '/healthz', periodSeconds: 10 }),
    resources: { requests: { cpu: Cpu.millis(200), memory: Memory.mebibytes(250) } },
  }],
});
new Sidecar(web, 'log-shipper', {
  image: 'fluent/fluent-bit:3.1',
  shares: { volume: 'logs', mountPath: '/logs', mainMountPath: '/var/log/nginx', readOnly: true },
});

const diagnostics: Diagnostic[] = validateObjects(synthObjects(chart), { kubernetesVersion: '1.33' });
if (diagnostics.length > 0) throw new Error(JSON.stringify(diagnostics));

// A pipeline's failure case: with BREAK_APP set, a second chart holds an invalid pod.
if (process.env.BREAK_APP) {
  const broken = new Chart(app, 'broken', { disableResourceNameHashes: true });
  new Pod(broken, 'bad-port', { containers: [{ name: 'a', image: 'busybox', ports: [{ containerPort: 70000 }] }] });
}
app.synth();
`;

/** Type-level use of every entry point from an ES module, checked with node16 resolution. */
const TYPES_MTS = `import { Pod, type PodProps } from 'podsmith';
import { Sidecar, type SidecarProps } from 'podsmith/patterns';
import { semanticDiff, type SemanticDifference, type SynthOptions } from 'podsmith/testing';
import { createValidator, type Validator } from 'podsmith/validate';

export const props: PodProps = { containers: [{ name: 'a', image: 'busybox' }] };
export const sidecar: SidecarProps = { image: 'busybox' };
export const differences: SemanticDifference[] = semanticDiff({}, {});
export const options: SynthOptions = { failOnWarnings: true };
export const validator: Validator = createValidator();
export const classes = [Pod, Sidecar] as const;
`;

/** CommonJS: every entry point by require, one chart synthesized and checked; prints a JSON summary. */
const CJS = `const podsmith = require('podsmith');
const patterns = require('podsmith/patterns');
const validate = require('podsmith/validate');
const testing = require('podsmith/testing');
const manifest = require('podsmith/package.json');

const { App, Chart, Pod } = podsmith;
const chart = new Chart(new App(), 'cjs', { disableResourceNameHashes: true });
const pod = new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });
new patterns.Sidecar(pod, 'helper', { image: 'busybox:1.36', command: ['sleep', 'infinity'] });
const objects = testing.synthObjects(chart);

const broken = new Chart(new App(), 'broken', { disableResourceNameHashes: true });
new Pod(broken, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 70000 }] }] });
let error;
try { testing.synthYaml(broken); } catch (e) { error = e; }

console.log(JSON.stringify({
  version: manifest.version,
  kinds: objects.map((o) => o.kind),
  initContainers: objects[0].spec.initContainers.map((c) => c.name),
  diagnostics: validate.validateObjects(objects).length,
  yaml: testing.synthYaml(chart).startsWith('apiVersion: v1\\nkind: Pod\\n'),
  sameDiff: testing.semanticDiff(objects[0], objects[0]).length,
  errorIsSynthError: error instanceof podsmith.SynthError && error instanceof testing.SynthError,
  errorRules: error.diagnostics.map((d) => d.ruleId),
}));
`;

/**
 * ESM: named imports of every entry point (which fail to link if Node cannot detect the CommonJS
 * exports), then, per entry point, the names \`require\` sees that \`import\` does not.
 */
const ESM = `import { createRequire } from 'node:module';
import { App, Chart, Pod, SynthError, k8s } from 'podsmith';
import { Sidecar, LogShipper } from 'podsmith/patterns';
import { createValidator, validateObjects } from 'podsmith/validate';
import { semanticDiff, synthFiles, synthObjects, synthYaml } from 'podsmith/testing';

const require = createRequire(import.meta.url);
const missing = {};
for (const entry of ['podsmith', 'podsmith/patterns', 'podsmith/validate', 'podsmith/testing']) {
  const namespace = await import(entry);
  const imported = new Set(Object.keys(namespace));
  const required = require(entry);
  missing[entry] = Object.keys(required).filter((name) => !imported.has(name));
  if (namespace.default !== required) throw new Error(entry + ': default export is not module.exports');
}

const app = new App();
const pod = new Pod(new Chart(app, 'esm', { disableResourceNameHashes: true }), 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });
new Sidecar(pod, 'helper', { image: 'busybox:1.36', command: ['sleep', 'infinity'] });
const files = synthFiles(app);

console.log(JSON.stringify({
  missing,
  files: Object.keys(files),
  sameAsYaml: files['esm.k8s.yaml'] === synthYaml(app),
  objects: synthObjects(app).length,
  valid: validateObjects(synthObjects(app)).length === 0 && typeof createValidator === 'function',
  sameClass: SynthError === require('podsmith/testing').SynthError,
  imports: [typeof k8s, typeof LogShipper, typeof semanticDiff],
}));
`;

/** A valid and an invalid manifest for the \`podsmith validate\` bin. */
const VALID_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: nginx
      image: nginx:1.27
      ports:
        - containerPort: 80
`;

const INVALID_YAML = VALID_YAML.replace('containerPort: 80', 'containerPort: 70000');

/** Every file of the consumer project but package.json (written by npm install), by relative path. */
export const CONSUMER_FILES: Readonly<Record<string, string>> = {
  'cdk8s.yaml': CDK8S_YAML,
  'tsconfig.json': `${JSON.stringify(TSCONFIG, null, 2)}\n`,
  'tsconfig.node16.json': `${JSON.stringify(TSCONFIG_NODE16, null, 2)}\n`,
  'app.ts': APP_TS,
  'types.mts': TYPES_MTS,
  'load.cjs': CJS,
  'load.mjs': ESM,
  'manifests/valid.yaml': VALID_YAML,
  'manifests/invalid.yaml': INVALID_YAML,
};
