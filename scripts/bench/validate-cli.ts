/**
 * Benchmark of `podsmith validate` as users run it: the compiled command, a whole
 * process (start-up included), on 10,000 generated pod-bearing objects (Pods and
 * Deployments, two containers each, with ports, a probe, resources and labels) in 100
 * YAML files of 100 documents (or in one file, `--one-file`). One warm-up run, then five
 * timed runs; prints the median time and objects per second. A script that prints
 * figures, not a test.
 *
 *     npx tsx scripts/bench/validate-cli.ts [--objects 10000] [--runs 5] [--one-file] [--threads N] [--no-build] [--against CLI]
 *
 * `--against CLI` also times another build of the command (the `main.js` of a checkout
 * of an earlier commit, say), run by run in turn with this one, so that a change in the
 * machine's load weighs on both alike; each gets its warm-up run and its median.
 *
 * `--threads N` sets `PODSMITH_THREADS` for the command (1: the main thread alone; by
 * default the command decides by input size and cores). It compiles the project first
 * (`npx tsc -p tsconfig.build.json`) unless `--no-build`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedObject } from './generated-objects';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'build', 'cli', 'main.js');
const OBJECTS_PER_FILE = 100;

/** Writes `count` objects into files of `perFile` documents; returns the total bytes. */
function generate(directory: string, count: number, perFile: number): number {
  let bytes = 0;
  for (let first = 0; first < count; first += perFile) {
    const documents: string[] = [];
    for (let index = first; index < Math.min(count, first + perFile); index++) documents.push(generatedObject(index));
    const text = `---\n${documents.join('---\n')}`;
    fs.writeFileSync(path.join(directory, `objects-${String(first / perFile).padStart(4, '0')}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function build(): void {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (!fs.existsSync(CLI)) {
    process.stderr.write(`the build did not produce ${CLI}:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  if (result.status !== 0) process.stderr.write('note: tsc reported type errors; the emitted build is measured anyway\n');
}

/** Runs the command `cli` once; returns its wall time in seconds. */
function timedRun(cli: string, directory: string, threads: string | undefined): number {
  const env = threads === undefined ? process.env : { ...process.env, PODSMITH_THREADS: threads };
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'validate', directory], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    process.stderr.write(`podsmith validate exited ${String(result.status)}; the generated objects should be valid:\n${result.stdout.slice(0, 2000)}${result.stderr.slice(0, 2000)}\n`);
    process.exit(1);
  }
  return seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      objects: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '5' },
      'one-file': { type: 'boolean', default: false },
      threads: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      against: { type: 'string' },
    },
  });
  const count = Number(values.objects);
  const runs = Number(values.runs);
  const threads = values.threads;
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1 || (threads !== undefined && !/^[1-9]\d*$/.test(threads))) {
    process.stderr.write('usage: validate-cli.ts [--objects N] [--runs N] [--one-file] [--threads N] [--no-build] [--against CLI]\n');
    process.exit(2);
  }
  if (!values['no-build']) build();
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-bench-'));
  try {
    const perFile = values['one-file'] ? count : OBJECTS_PER_FILE;
    const bytes = generate(directory, count, perFile);
    const clis = values.against === undefined ? [CLI] : [CLI, path.resolve(values.against)];
    for (const cli of clis) timedRun(cli, directory, threads);
    const times = clis.map((): number[] => []);
    for (let run = 0; run < runs; run++) clis.forEach((cli, index) => times[index].push(timedRun(cli, directory, threads)));
    process.stdout.write(
      [
        `podsmith validate, whole process: node build/cli/main.js validate <dir>`,
        `input: ${count} objects (Pods and Deployments) in ${Math.ceil(count / perFile)} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
        `threads: ${threads === undefined ? 'decided by the command (PODSMITH_THREADS unset)' : `PODSMITH_THREADS=${threads}`}`,
        ...clis.flatMap((cli, index) => {
          const middle = median(times[index]);
          const label = clis.length === 1 ? '' : `${path.relative(process.cwd(), cli) || cli}: `;
          return [
            `${label}runs: ${times[index].map((time) => time.toFixed(3)).join(' s, ')} s (after one warm-up run)`,
            `${label}median: ${middle.toFixed(3)} s, ${Math.round(count / middle)} objects/s`,
          ];
        }),
        `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)}`,
        '',
      ].join('\n'),
    );
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

if (require.main === module) main();
