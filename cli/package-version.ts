/**
 * The version of podsmith, read at run time from the package's own package.json: the
 * nearest one above this module that is named `podsmith` (cli/ when run from source,
 * build/cli/ when run compiled, node_modules/podsmith/build/cli/ when installed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The version in podsmith's package.json, or `unknown` when it cannot be found. */
export function packageVersion(from: string = __dirname): string {
  let directory = from;
  for (let level = 0; level < 6; level++) {
    const version = versionIn(path.join(directory, 'package.json'));
    if (version !== undefined) return version;
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return 'unknown';
}

function versionIn(file: string): string | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
    return manifest.name === 'podsmith' && typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}
