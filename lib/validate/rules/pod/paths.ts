/**
 * True when the path has a `..` element (`validatePathNoBacksteps`). The API server splits
 * the path at the separator of its own OS, after `filepath.ToSlash`: on the Linux servers
 * Kubernetes runs, only `/` separates elements, so `a\..\b` is one element and accepted.
 */
export function hasBacksteps(path: string): boolean {
  if (!path.includes('..')) return false; // the common case: no element can be '..'
  return path.split('/').includes('..');
}

/**
 * Checks a path that must stay below its base directory (`validateLocalDescendingPath`):
 * relative and without `..` elements. Returns what is wrong or `undefined`.
 */
export function checkLocalDescendingPath(path: string): string | undefined {
  if (path.startsWith('/')) return `"${path}" must be a relative path`;
  if (hasBacksteps(path)) return `"${path}" must not contain '..'`;
  return undefined;
}

/**
 * Checks a file path inside a volume (`ValidateLocalNonReservedPath`): relative, without
 * `..` elements, and not starting with `..`. Returns what is wrong or `undefined`.
 */
export function checkLocalNonReservedPath(path: string): string | undefined {
  const problem = checkLocalDescendingPath(path);
  if (problem !== undefined) return problem;
  if (path.startsWith('..')) return `"${path}" must not start with '..'`;
  return undefined;
}

/** Largest file mode, 0777 octal. */
export const MAX_FILE_MODE = 0o777;

/** True for a valid file mode: 0 to 0777 octal (0 to 511 decimal). */
export function isFileMode(mode: number): boolean {
  return mode >= 0 && mode <= MAX_FILE_MODE;
}
