/**
 * `podsmith import` as a library function: manifests in, the source of a runnable cdk8s app
 * out. Each input file becomes a chart; each object the podsmith construct for its kind,
 * with value objects and patterns where they give back exactly the same object, or a raw
 * cdk8s `ApiObject`. Every object's code is proven in-process before it is printed.
 */
import { collectSymbols, construct, constStatement, expressionStatement, callMethod, json, symbol, variable, type ModuleName, type Statement } from './code-model';
import { TypeScriptPrinter } from './emit-ts';
import type { JsonRecord } from './json-record';
import { chartIdFromFile, ConstructIds, VariableNames } from './names';
import { planObject } from './object-plan';
import { commentText, stringLiteral } from './ts-literal';
import { findUnsupportedKey } from './unsupported-keys';

/** The objects read from one input file. */
export interface ImportFile {
  /** The file as the user named it; it names the chart and appears in a comment. */
  readonly file: string;
  /** The objects, in the order of the file. */
  readonly objects: readonly JsonRecord[];
}

/** Options of {@link generateApp}. */
export interface ImportOptions {
  /**
   * Import podsmith from this source tree instead of the `podsmith` package: `<dir>/lib` and
   * `<dir>/patterns`, written into the imports as given. For tests of the generated code.
   * @default undefined (imports from 'podsmith' and 'podsmith/patterns')
   */
  readonly importFrom?: string;
  /** Target Kubernetes version of the generated app (`new App({ kubernetesVersion })`). @default undefined (podsmith's default) */
  readonly kubernetesVersion?: string;
}

/** An object the importer cannot write as code that gives it back. */
export interface ImportProblem {
  /** The file it is in. */
  readonly file: string;
  /** Its index among the file's objects. */
  readonly objectIndex: number;
  /** The field the problem is at; empty for the whole object. */
  readonly fieldPath: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
}

/** What {@link generateApp} gives: the source, or (and then no source) the problems. */
export interface GeneratedApp {
  /** The TypeScript source of the app; empty when there are problems. */
  readonly source: string;
  /** Objects that could not be written; nothing is generated when there is one. */
  readonly problems: readonly ImportProblem[];
}

const MODULE_ORDER: readonly ModuleName[] = ['cdk8s', 'podsmith', 'podsmith/patterns'];
const ALL_IMPORTED = ['App', 'Chart', 'ApiObject', 'JsonPatch', 'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Probe', 'Cpu', 'Memory', 'Volume', 'Env', 'Sidecar', 'LogShipper', 'RedisAmbassador', 'PrometheusExporter'];

function moduleSpecifier(module: ModuleName, importFrom: string | undefined): string {
  if (importFrom === undefined || module === 'cdk8s') return module;
  const base = importFrom.replace(/\/+$/, '');
  return `${base}/${module === 'podsmith' ? 'lib' : 'patterns'}`;
}

/**
 * Generates the app for `files`.
 * @param files the objects of each input file, already read and validated
 * @param options import path and target version
 */
export function generateApp(files: readonly ImportFile[], options: ImportOptions = {}): GeneratedApp {
  const problems: ImportProblem[] = [];
  files.forEach(({ file, objects }) =>
    objects.forEach((manifest, objectIndex) => {
      const found = findUnsupportedKey(manifest);
      if (found) {
        problems.push({
          file,
          objectIndex,
          fieldPath: found.fieldPath,
          message: `the key "${found.key}" cannot be written back by a cdk8s app (cdk8s ${found.key === '__proto__' ? 'drops it' : 'refuses objects that have it'} when it renders objects)`,
          hint: 'rename or remove the key, or keep this object as YAML and include it as it is',
        });
      }
    }),
  );
  if (problems.length > 0) return { source: '', problems };

  const variables = new VariableNames(['app', ...ALL_IMPORTED]);
  const chartIds = new ConstructIds();
  const body: Statement[] = [];
  for (const { file, objects } of files) {
    const chartId = chartIds.allocate(chartIdFromFile(file), 'manifests');
    const chartVariable = variables.allocate(`${chartId}-chart`, 'chart');
    body.push({ kind: 'blank' }, { kind: 'comment', text: `from ${file}` });
    body.push(constStatement(chartVariable, construct(symbol('podsmith', 'Chart'), variable('app'), json(chartId))));
    const ids = new ConstructIds();
    objects.forEach((manifest, objectIndex) => {
      const plan = planObject(manifest, { chartVariable, ids, variables, kubernetesVersion: options.kubernetesVersion });
      if ('problem' in plan) {
        problems.push({ file, objectIndex, fieldPath: '', message: `podsmith import cannot write this object as code that gives it back exactly: ${plan.problem}`, hint: 'keep this object as YAML and include it as it is (cdk8s Include), or report it to podsmith' });
        return;
      }
      if (plan.statements.length > 1) body.push({ kind: 'blank' });
      body.push(...plan.statements);
    });
  }
  if (problems.length > 0) return { source: '', problems };

  const appArgs = options.kubernetesVersion === undefined ? [] : [json({ kubernetesVersion: options.kubernetesVersion })];
  const statements: Statement[] = [
    constStatement('app', construct(symbol('podsmith', 'App'), ...appArgs)),
    ...body,
    { kind: 'blank' },
    expressionStatement(callMethod(variable('app'), 'synth')),
  ];
  const symbols = collectSymbols(statements);
  const imports = MODULE_ORDER.filter((module) => symbols.has(module)).map(
    (module) => `import { ${[...symbols.get(module)!].sort().join(', ')} } from ${stringLiteral(moduleSpecifier(module, options.importFrom))};`,
  );
  const header = [
    `// Generated by \`podsmith import\` from ${files.length === 1 ? commentText(files[0].file) : `${files.length} files`}.`,
    '// Running it (cdk8s synth) writes the same objects back: podsmith checked each one before printing it.',
  ];
  return { source: `${[...header, ...imports, '', ''].join('\n')}${new TypeScriptPrinter().statements(statements)}\n`, problems };
}
