/**
 * Turns the paths given to `podsmith validate` into the inputs to read: a file as
 * named (whatever its extension, a pipe such as `<(helm template .)` included), the
 * `*.yaml`, `*.yml` and `*.json` files below a directory (recursively, sorted by name,
 * so the order is the same on every machine), `-` for standard input. Symbolic links
 * are followed, but a link that leads back into a directory being walked is reported
 * and not followed; each file is read once even when named twice.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { READ_RULES, type ReadProblem, type ReadRuleId } from '../lib/manifest/read-problem';

/** Standard input's name in reports. */
export const STDIN_NAME = '<stdin>';

/** One input to read. */
export type InputSource =
  | { readonly kind: 'stdin'; readonly name: string }
  | { readonly kind: 'file'; readonly name: string; readonly path: string };

/** The inputs to read, and the problems met while finding them. */
export interface ExpandedInputs {
  /** Inputs in reading order. */
  readonly sources: InputSource[];
  /** Paths that do not exist, cannot be read, or loop. */
  readonly problems: ReadProblem[];
  /** The names of the inputs and of the paths with problems, in the order met (to order a report). */
  readonly order: string[];
}

/** The extensions of manifest files in a directory (as kubectl: exact, lower case). */
export const MANIFEST_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/** Expands `paths` (relative to `cwd`) into inputs. */
export function expandInputs(paths: readonly string[], cwd: string): ExpandedInputs {
  const expander = new Expander(cwd);
  for (const given of paths) expander.add(given);
  return { sources: expander.sources, problems: expander.problems, order: expander.order };
}

class Expander {
  readonly sources: InputSource[] = [];
  readonly problems: ReadProblem[] = [];
  readonly order: string[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly walkedDirectories = new Set<string>();
  private stdinAdded = false;

  constructor(private readonly cwd: string) {}

  add(given: string): void {
    if (given === '-') {
      if (!this.stdinAdded) this.sources.push({ kind: 'stdin', name: STDIN_NAME });
      if (!this.stdinAdded) this.order.push(STDIN_NAME);
      this.stdinAdded = true;
      return;
    }
    const absolute = path.resolve(this.cwd, given);
    const stats = this.stat(absolute, given);
    if (stats === undefined) return;
    if (stats.isDirectory()) this.walk(absolute, given);
    else this.addFile(absolute, given);
  }

  private addFile(absolute: string, name: string): void {
    const real = this.realpath(absolute) ?? absolute;
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.sources.push({ kind: 'file', name, path: absolute });
    this.order.push(name);
  }

  /**
   * Walks a directory depth-first in name order, a subdirectory where its name falls
   * (as kubectl's walk does), without recursion: a deep tree cannot exhaust the stack.
   */
  private walk(root: string, rootName: string): void {
    const rootReal = this.realpath(root);
    if (rootReal === undefined || this.walkedDirectories.has(rootReal)) return;
    this.walkedDirectories.add(rootReal);
    type Frame = { readonly absolute: string; readonly name: string; readonly ancestors: ReadonlySet<string>; readonly entries: string[]; next: number };
    const stack: Frame[] = [{ absolute: root, name: rootName, ancestors: new Set([rootReal]), entries: this.list(root, rootName), next: 0 }];
    let found = 0;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next === frame.entries.length) {
        stack.pop();
        continue;
      }
      const entry = frame.entries[frame.next++];
      const absolute = path.join(frame.absolute, entry);
      const name = path.join(frame.name, entry);
      const stats = this.stat(absolute, name);
      if (stats === undefined) continue;
      if (stats.isDirectory()) {
        const real = this.realpath(absolute);
        if (real === undefined) continue;
        if (frame.ancestors.has(real)) {
          this.problem(name, READ_RULES.symlinkLoop, `${name} leads back to ${real}, a directory that is being read: it was not followed`, 'remove the symbolic link, or name the directories to validate one by one');
          continue;
        }
        if (this.walkedDirectories.has(real)) continue;
        this.walkedDirectories.add(real);
        stack.push({ absolute, name, ancestors: new Set([...frame.ancestors, real]), entries: this.list(absolute, name), next: 0 });
      } else if (stats.isFile() && MANIFEST_EXTENSIONS.includes(path.extname(entry))) {
        this.addFile(absolute, name);
        found++;
      }
    }
    if (found === 0) {
      this.order.push(rootName);
      this.problems.push({
        file: rootName,
        line: 0,
        column: 0,
        severity: 'warning',
        ruleId: READ_RULES.noManifests,
        fieldPath: '',
        message: `the directory holds no ${MANIFEST_EXTENSIONS.map((extension) => `*${extension}`).join(', ')} file`,
        hint: 'name the manifest files themselves, or check the directory',
      });
    }
  }

  private list(absolute: string, name: string): string[] {
    try {
      return fs.readdirSync(absolute).sort(compareNames);
    } catch (thrown) {
      this.fail(name, thrown);
      return [];
    }
  }

  private stat(absolute: string, name: string): fs.Stats | undefined {
    try {
      return fs.statSync(absolute);
    } catch (thrown) {
      const code = (thrown as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isSymbolicLink(absolute)) {
        this.problem(name, READ_RULES.notFound, `${name} is a symbolic link to a path that does not exist`, 'fix or remove the link');
      } else {
        this.fail(name, thrown);
      }
      return undefined;
    }
  }

  private realpath(absolute: string): string | undefined {
    try {
      return fs.realpathSync.native(absolute);
    } catch {
      return undefined;
    }
  }

  private fail(name: string, thrown: unknown): void {
    const { ruleId, message, hint } = describeFileError(name, thrown);
    this.problem(name, ruleId, message, hint);
  }

  private problem(name: string, ruleId: ReadRuleId, message: string, hint: string): void {
    this.order.push(name);
    this.problems.push({ file: name, line: 0, column: 0, severity: 'error', ruleId, fieldPath: '', message, hint });
  }
}

/** The reading problem for an error of the file system. */
export function describeFileError(name: string, thrown: unknown): { ruleId: ReadRuleId; message: string; hint: string } {
  const code = (thrown as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { ruleId: READ_RULES.notFound, message: `${name} does not exist`, hint: 'check the path' };
    case 'EACCES':
    case 'EPERM':
      return { ruleId: READ_RULES.permissionDenied, message: `${name} may not be read (permission denied)`, hint: 'check the permissions of the file and of its directories' };
    case 'ELOOP':
      return { ruleId: READ_RULES.symlinkLoop, message: `${name} is a loop of symbolic links`, hint: 'fix the links so that they end at a file' };
    default: {
      const detail = thrown instanceof Error ? thrown.message.split('\n', 1)[0] : String(thrown);
      return { ruleId: READ_RULES.unreadable, message: `${name} cannot be read: ${detail}`, hint: 'check that the path names a readable file or directory' };
    }
  }
}

function isSymbolicLink(absolute: string): boolean {
  try {
    return fs.lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Code unit order: the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
