import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The entry points a package.json declares: `exports` targets (runtime and types) and `bin` scripts. */
export interface DeclaredEntries {
  /** JavaScript files loaded by `require`/`import` of an entry point, or run as a bin. */
  readonly javascript: readonly string[];
  /** Declaration files of the entry points, including `typesVersions` targets. */
  readonly declarations: readonly string[];
}

function normalize(path: string): string {
  return posix.normalize(path).replace(/^\.\//, '');
}

function collectTargets(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectTargets(item, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => collectTargets(item, into));
}

/** Reads the entry points of the package in `packageDir`. */
export function declaredEntries(packageDir: string): DeclaredEntries {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const targets: string[] = [];
  collectTargets(manifest.exports, targets);
  collectTargets(manifest.typesVersions, targets);
  collectTargets(manifest.bin, targets);
  for (const field of ['main', 'types']) collectTargets(manifest[field], targets);
  const files = targets.map(normalize).filter((target) => target !== 'package.json');
  return {
    javascript: files.filter((file) => file.endsWith('.js')),
    declarations: files.filter((file) => file.endsWith('.d.ts')),
  };
}

/**
 * Relative module specifiers in compiled JavaScript (`require("./x")`, and
 * `require.resolve("./x")` for a script started as a worker thread) or in declarations
 * (`from "./x"`, `import("./x")`).
 */
function relativeSpecifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:require\(|require\.resolve\(|import\(|from\s+)["'](\.{1,2}\/[^"']*)["']/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) found.push(match[1]);
  return found;
}

function resolveModule(from: string, specifier: string, extension: '.js' | '.d.ts', files: ReadonlySet<string>): string | undefined {
  const base = normalize(posix.join(posix.dirname(from), specifier));
  const bare = base.replace(/\.js$/, '');
  const candidates = [base, `${bare}${extension}`, `${bare}/index${extension}`, `${base}.json`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Every file of the package reachable from `starts` by following relative imports, with the
 * specifiers that did not resolve to a packed file (a module the package needs but lacks).
 */
export function reachableFiles(
  packageDir: string,
  files: ReadonlySet<string>,
  starts: readonly string[],
  extension: '.js' | '.d.ts',
): { reachable: Set<string>; unresolved: string[] } {
  const reachable = new Set<string>();
  const unresolved: string[] = [];
  const queue = starts.filter((start) => files.has(start));
  unresolved.push(...starts.filter((start) => !files.has(start)).map((start) => `entry point ${start}`));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reachable.has(file)) continue;
    reachable.add(file);
    if (file.endsWith('.json')) continue;
    for (const specifier of relativeSpecifiers(readFileSync(join(packageDir, file), 'utf8'))) {
      const target = resolveModule(file, specifier, extension, files);
      if (target) queue.push(target);
      else unresolved.push(`${file}: ${specifier}`);
    }
  }
  return { reachable, unresolved };
}

/**
 * Packages that compiled JavaScript requires by name (`require("yaml")`, `require("node:fs")`),
 * reduced to the package name (`@scope/name` or `name`), with the file that requires each.
 */
export function bareRequires(packageDir: string, files: readonly string[]): { file: string; name: string }[] {
  const found: { file: string; name: string }[] = [];
  const pattern = /require\(["']([^."'][^"']*)["']\)/g;
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(join(packageDir, file), 'utf8');
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      const parts = match[1].split('/');
      found.push({ file, name: match[1].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] });
    }
  }
  return found;
}

/** The module a packed file belongs to: its path without `.js`/`.d.ts`. */
export function moduleOf(file: string): string {
  return file.replace(/(\.d\.ts|\.js)$/, '');
}
