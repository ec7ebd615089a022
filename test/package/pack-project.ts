import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, sep } from 'node:path';
import { CONSUMER_FILES } from './consumer-files';
import { runChecked, runCommand } from './run-command';

/** The packed project, and the tarball unpacked. */
export interface PackedProject {
  /** Path of the `.tgz`. */
  readonly tarball: string;
  /** The unpacked package folder (the tarball's `package/`). */
  readonly packageDir: string;
  /** Every file in the tarball, relative to `package/`, with `/` separators, sorted. */
  readonly files: readonly string[];
}

/** Files copied from the project into the staged package besides a fresh build: what npm may pack. */
const PROJECT_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/**
 * Files a careless `files` list would pack, planted in the staged package: secrets, synth
 * output, tests, snapshots, TypeScript sources, coverage, and a source map pointing outside.
 */
export const PLANTED: Readonly<Record<string, string>> = {
  '.env': 'API_TOKEN=planted-secret\n',
  '.npmrc': '//registry.npmjs.org/:_authToken=planted-secret\n',
  id_rsa: '-----BEGIN OPENSSH PRIVATE KEY-----\nplanted-secret\n',
  'dist/consumer.k8s.yaml': 'apiVersion: v1\nkind: Pod\n',
  'coverage/lcov.info': 'TN:\n',
  'lib/planted.ts': 'export const planted = 1;\n',
  'test/planted.test.ts': 'export {};\n',
  'build/test/planted.test.js': '"use strict";\n',
  'build/examples/planted.js': '"use strict";\n',
  'build/lib/planted.test.js': '"use strict";\n',
  'build/lib/planted.test.d.ts': 'export {};\n',
  'build/patterns/__snapshots__/planted.test.ts.snap': 'exports[`planted`] = `x`;\n',
  'build/lib/index.js.map': '{"version":3,"file":"index.js","sources":["../../lib/index.ts"],"mappings":""}\n',
};

function listFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(path).isDirectory()) files.push(...listFiles(path, relative));
    else files.push(relative);
  }
  return files.sort();
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * Builds the project afresh (`tsc -p tsconfig.build.json`, into the stage rather than the
 * shared `build/`, so stale files of earlier builds cannot hide or cause a finding), stages it
 * with the project files npm may pack and the {@link PLANTED} traps, runs `npm pack` there
 * and unpacks the tarball.
 */
export async function buildAndPack(root: string, work: string): Promise<PackedProject> {
  const stage = join(work, 'stage');
  mkdirSync(stage, { recursive: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  await runChecked(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(stage, 'build')], { cwd: root });
  for (const file of PROJECT_FILES) copyFileSync(join(root, file), join(stage, file));
  for (const [path, content] of Object.entries(PLANTED)) write(join(stage, ...path.split('/')), content);

  const packed = await runChecked('npm', ['pack', '--json', '--pack-destination', work], { cwd: stage });
  const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string }[];
  const tarball = join(work, filename);
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  await runChecked('tar', ['-xzf', tarball, '-C', unpacked], { cwd: work });
  const packageDir = join(unpacked, 'package');
  return { tarball, packageDir, files: listFiles(packageDir).map((file) => file.split(sep).join(posix.sep)) };
}

/** The version of each package in the project's lock file. */
function lockedVersions(root: string, names: readonly string[]): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  return names.map((name) => {
    const version = lock.packages[`node_modules/${name}`]?.version;
    if (!version) throw new Error(`${name} is not in package-lock.json`);
    return `${name}@${version}`;
  });
}

/** What the consumer installs besides podsmith: the peer dependencies and the tools that run a TypeScript cdk8s app. */
const CONSUMER_DEPENDENCIES = ['cdk8s', 'constructs', 'typescript', 'tsx', 'ts-node', '@types/node'];

/**
 * Creates the consumer project in `dir` ({@link CONSUMER_FILES}) and installs the tarball with
 * the consumer's dependencies at the project's locked versions: from the npm cache alone when
 * it holds everything, else from the registry for what it lacks. Returns the mode that worked.
 */
export async function installConsumer(root: string, tarball: string, dir: string): Promise<'offline' | 'prefer-offline'> {
  write(join(dir, 'package.json'), `${JSON.stringify({ name: 'podsmith-consumer', version: '0.0.0', private: true }, null, 2)}\n`);
  for (const [path, content] of Object.entries(CONSUMER_FILES)) write(join(dir, ...path.split('/')), content);
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...lockedVersions(root, CONSUMER_DEPENDENCIES)];
  const offline = await runCommand('npm', [...args, '--offline'], { cwd: dir });
  if (offline.status === 0) return 'offline';
  await runChecked('npm', [...args, '--prefer-offline'], { cwd: dir });
  return 'prefer-offline';
}
