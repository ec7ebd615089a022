import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assertSameObjects } from './equality';
import { median, medianOfInTurn, runProcess, type ProcessRun } from './measure';
import { METHODS, type Method } from './run-one';
import { runFloor } from './floor';

/**
 * `npm run bench`: synth of N pods four ways (podsmith with and without validation,
 * cdk8s-plus-33, plain objects through the `yaml` package), each a whole process, median of
 * RUNS runs after a warm-up; then `cdk8s synth` of the examples app and `podsmith validate`
 * throughput. The methods take turns run by run, so a change in the machine's load falls on
 * all of them alike. Options: `--runs N` (default 5), `--sizes 1000,10000`, `--methods a,b`
 * (default all; with only some, the table and the ratios show what was measured and the
 * examples synth and `podsmith validate` are skipped).
 */
const root = resolve(__dirname, '..', '..', '..', '..');
const runOne = join(__dirname, 'run-one.js');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const runs = Number(option('--runs', '5'));
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const methods = option('--methods', METHODS.join(',')).split(',') as Method[];
for (const method of methods) {
  if (!METHODS.includes(method)) throw new Error(`unknown method ${method}; one of ${METHODS.join(', ')}`);
}
const work = mkdtempSync(join(tmpdir(), 'podsmith-bench-'));

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mib = (kb: number): string => (kb / 1024).toFixed(0);

function checkEquality(): void {
  const outdirs: Record<string, string> = {};
  for (const method of METHODS) {
    outdirs[method] = join(work, 'equality', method);
    runProcess(runOne, [method, '200', outdirs[method]]);
  }
  assertSameObjects('floor', outdirs);
  console.log(`objects equal across ${METHODS.join(', ')} (200 objects checked)\n`);
}

function timeMethods(): Map<string, ProcessRun> {
  const results = new Map<string, ProcessRun>();
  for (const size of sizes) {
    const measure = (method: Method) => (): ProcessRun => runProcess(runOne, [method, String(size), join(work, `${method}-${size}`)]);
    const medians = medianOfInTurn(runs, methods.map(measure));
    methods.forEach((method, index) => results.set(`${method}/${size}`, medians[index]));
  }
  return results;
}

function printTable(results: Map<string, ProcessRun>): void {
  console.log('| method | pods | median wall (s) | per pod (µs) | peak RSS (MiB) | vs cdk8s-plus | vs floor |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const versus = (run: ProcessRun, other: ProcessRun | undefined): string => (other ? (run.ms / other.ms).toFixed(2) : '-');
  for (const size of sizes) {
    const plus = results.get(`cdk8s-plus/${size}`);
    const floor = results.get(`floor/${size}`);
    for (const method of methods) {
      const run = results.get(`${method}/${size}`)!;
      const perPod = ((run.ms * 1000) / size).toFixed(0);
      console.log(`| ${method} | ${size} | ${seconds(run.ms)} | ${perPod} | ${mib(run.maxRssKb)} | ${versus(run, plus)} | ${versus(run, floor)} |`);
    }
  }
}

function timeExamplesSynth(): number {
  const cli = join(root, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
  const outdir = join(work, 'examples');
  const once = (): number => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, 'synth', '--check-upgrade', 'false', '--output', outdir], { cwd: root, encoding: 'utf8', env: { ...process.env, ...synthEnv() } });
    if (result.status !== 0) throw new Error(`cdk8s synth failed:\n${result.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

/** The environment `npm run synth` gives `cdk8s synth` (see package.json). */
function synthEnv(): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: `--require ${join(root, 'scripts', 'cdk8s-fast-start.js')}` };
}

function timeValidate(count: number): number {
  const dir = join(work, 'validate');
  runFloor(count, dir);
  const cli = join(root, 'build', 'cli', 'main.js');
  const once = (): number => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, 'validate', join(dir, 'bench.k8s.yaml')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`podsmith validate exited with ${result.status}:\n${result.stdout.slice(0, 2000)}${result.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

function main(): void {
  console.log(`podsmith benchmark: node ${process.version}, ${runs} runs after a warm-up, median\n`);
  checkEquality();
  const results = timeMethods();
  printTable(results);
  const largest = sizes[sizes.length - 1];
  const smallest = sizes[0];
  const ms = (method: Method, size: number): number | undefined => results.get(`${method}/${size}`)?.ms;
  const ratio = (label: string, top: number | undefined, bottom: number | undefined): void => {
    if (top !== undefined && bottom !== undefined) console.log(`${label}: ${(top / bottom).toFixed(2)}`);
  };
  const perPod = (method: Method, size: number): number | undefined => {
    const total = ms(method, size);
    return total === undefined ? undefined : total / size;
  };
  const rss = (method: Method): number | undefined => results.get(`${method}/${largest}`)?.maxRssKb;
  console.log('');
  if (sizes.length > 1) ratio(`growth: time per pod at ${largest} / at ${smallest} (podsmith with validation)`, perPod('podsmith', largest), perPod('podsmith', smallest));
  ratio(`validation inside synth, ${largest} pods: with / without`, ms('podsmith', largest), ms('podsmith-no-validation', largest));
  ratio(`peak memory, ${largest} pods: podsmith / cdk8s-plus`, rss('podsmith'), rss('cdk8s-plus'));
  if (methods.length === METHODS.length) {
    const synthMs = timeExamplesSynth();
    console.log(`cdk8s synth of the examples app (whole process): ${seconds(synthMs)} s`);
    const validateMs = timeValidate(largest);
    console.log(`podsmith validate, ${largest} objects in one file (whole process): ${seconds(validateMs)} s, ${Math.round(largest / (validateMs / 1000))} objects/s`);
  }
  ratio(`podsmith with validation / cdk8s-plus, ${largest} pods`, ms('podsmith', largest), ms('cdk8s-plus', largest));
  rmSync(work, { recursive: true, force: true });
}

main();
