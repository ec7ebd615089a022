import { NotJsonError, PathSegment, formatPath } from './not-json-error';
import { UnwritableStringError, renderString } from './string-scalar';
import { Utf8Writer } from './utf8-writer';

/**
 * A fast, deterministic YAML emitter for Kubernetes objects.
 *
 * For every JSON value (objects, arrays, strings, finite numbers, booleans, null) the output
 * is byte-identical to what cdk8s writes with the `yaml` package 2.9.1:
 * `docs.map(d => YAML.stringify(d, { keepUndefined: true, lineWidth: 0, version: '1.1' })).join('---\n')`,
 * except where that output would not read back as the same value under YAML 1.1 as
 * Kubernetes reads it (go-yaml v2 through sigs.k8s.io/yaml, on libyaml's scanner). There it
 * deviates, and only there:
 *
 * 1. Strings that go-yaml v2 resolves to a non-string but the `yaml` package writes plain
 *    (`0o17`, `0X1F`, `0B11`, `+0o17`, `1e3_0`, `0b-1`, `0_x1F`, `2001-12-14 21:59:43,5`...)
 *    are quoted.
 * 2. A mapping key `<<` is quoted (go-yaml v2 takes a plain `<<` key as a merge key).
 * 3. Strings holding U+0085, U+2028 or U+2029 (line breaks in YAML 1.1), U+007F to U+009F,
 *    U+FFFE or U+FFFF (rejected raw by go-yaml) are double-quoted with escapes
 *    (`\N`, `\L`, `\P`, `\x7f`, `\uFFFE`).
 * 4. A string starting with a byte order mark (U+FEFF) is quoted where it would start a
 *    line: a root scalar or a key of the root mapping.
 * 5. Root-level block scalars are indented by two spaces (libyaml requires it); a block
 *    scalar whose first content line starts with a tab carries an indentation indicator
 *    (libyaml refuses it otherwise); a multi-line string of only blank lines with spaces or
 *    tabs (`" \n"`) is double-quoted (as a block, every reader reads back `"\n"`).
 * 6. An object referenced twice is written out twice; the `yaml` package writes an anchor
 *    and an alias (`&a1`, `*a1`) instead.
 *
 * What it refuses, with a {@link NotJsonError} naming the path: `undefined` as an array item
 * or a document (the `yaml` package writes `null`), functions, symbols, bigints, NaN and
 * infinities, objects that are not plain (Date, Map, class instances...), cycles, and strings
 * with an unpaired UTF-16 surrogate. An object property whose value is `undefined` is written
 * as `null`, as the reference does with `keepUndefined: true`.
 */

/** Thrown inside the walk; each enclosing container adds its key on the way out. */
class Problem {
  readonly reversedPath: PathSegment[] = [];
  /** How many leading path segments to report, when the problem was found deeper than it is. */
  pathLength: number | undefined;
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {}
}

/** Containers deeper than this are checked against their ancestors for cycles. */
const CYCLE_CHECK_DEPTH = 64;
/** A key longer than this is written as an explicit key (`? key`), as YAML requires. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;

/** `INDENTS[level]` is the indentation of a node at that nesting level; `NEWLINES[level]` starts a line there. */
const INDENTS: string[] = [''];
const NEWLINES: string[] = ['\n'];
function growIndents(level: number): void {
  while (INDENTS.length <= level) {
    const indent = INDENTS[INDENTS.length - 1] + '  ';
    INDENTS.push(indent);
    NEWLINES.push('\n' + indent);
  }
}

/** The output being written: a fresh writer per call, so that its memory is not kept. */
let out = new Utf8Writer(0);
const ancestors: object[] = [];

function enter(container: object): void {
  if (ancestors.length > CYCLE_CHECK_DEPTH && ancestors.includes(container)) {
    const problem = new Problem(
      'refers back to an object that contains it (a cycle)',
      'Break the cycle: YAML output needs a tree.',
    );
    // Report the first container on the path that repeats one of its ancestors.
    ancestors.push(container);
    let depth = 1;
    while (ancestors.indexOf(ancestors[depth]!) === depth) {
      depth++;
    }
    problem.pathLength = depth;
    throw problem;
  }
  ancestors.push(container);
}

function describeNonJson(value: unknown): Problem {
  switch (typeof value) {
    case 'undefined':
      return new Problem('is undefined', 'Remove it or set null; JSON has no undefined here.');
    case 'number':
      return new Problem(
        `is ${value}`,
        'Use a finite number (or a string); JSON and Kubernetes have no NaN or infinity.',
      );
    case 'bigint':
      return new Problem('is a bigint', 'Convert it to a number or a string.');
    case 'function':
      return new Problem('is a function', 'Call it, or remove it; only data can be written.');
    case 'symbol':
      return new Problem('is a symbol', 'Use a string instead.');
    default: {
      const name = (value as object).constructor?.name ?? 'object without a prototype';
      return new Problem(
        `is a ${name}, not a plain object or array`,
        'Convert it to plain JSON data first (e.g. a Date to an ISO string).',
      );
    }
  }
}

/** Turns a string that cannot be written into a {@link Problem}, so that it gets its path. */
function asProblem(error: unknown): unknown {
  if (error instanceof UnwritableStringError) {
    return new Problem(error.message, 'Fix the text before writing it.');
  }
  return error;
}

/** A scalar as written, or undefined for an array or object. */
function scalarOrUndefined(value: unknown, indent: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return renderString(value, false, indent);
    case 'number':
      if (!Number.isFinite(value)) {
        throw describeNonJson(value);
      }
      return value === 0 && 1 / value < 0 ? '-0' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : undefined;
    default:
      throw describeNonJson(value);
  }
}

/** The keys of a plain object; throws for other objects. Arrays are handled before. */
function keysOfPlainObject(value: object): string[] {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw describeNonJson(value);
  }
  return Object.keys(value);
}

/**
 * Writes a collection that is the value of a mapping key, after the key's `:`: on the next
 * lines when it has items, after a space when it is empty (`{}`, `[]`) or the key is explicit.
 */
function writeCollectionValue(value: object, level: number, explicitKey: boolean): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.write(' []');
    } else {
      out.write(explicitKey ? ' ' : NEWLINES[level]!);
      writeSequence(value, level);
    }
    return;
  }
  const keys = keysOfPlainObject(value);
  if (keys.length === 0) {
    out.write(' {}');
  } else {
    out.write(explicitKey ? ' ' : NEWLINES[level]!);
    writeMapping(value as Record<string, unknown>, keys, level);
  }
}

/** Writes a non-empty mapping whose node indentation is `INDENTS[level]`. */
function writeMapping(map: Record<string, unknown>, keys: readonly string[], level: number): void {
  growIndents(level + 1);
  const pairIndent = INDENTS[level + 1]!;
  let key = '';
  enter(map);
  try {
    for (let i = 0; i < keys.length; i++) {
      key = keys[i]!;
      if (i > 0) {
        out.write(NEWLINES[level]!);
      }
      const value = map[key];
      const keyText = renderString(key, true, pairIndent);
      const explicitKey = keyText.length > MAX_IMPLICIT_KEY_LENGTH;
      if (explicitKey) {
        out.write('? ');
        out.write(keyText);
        out.write(NEWLINES[level]!);
        out.write(':');
      } else {
        out.write(keyText);
        out.write(':');
      }
      const scalar = value === undefined ? 'null' : scalarOrUndefined(value, pairIndent);
      if (scalar !== undefined) {
        out.write(' ');
        out.write(scalar);
      } else {
        writeCollectionValue(value as object, level + 1, explicitKey);
      }
    }
  } catch (error) {
    const problem = asProblem(error);
    if (problem instanceof Problem) {
      problem.reversedPath.push(key);
    }
    throw problem;
  }
  ancestors.pop();
}

/** Writes a non-empty sequence whose node indentation is `INDENTS[level]`. */
function writeSequence(items: readonly unknown[], level: number): void {
  growIndents(level + 1);
  const itemIndent = INDENTS[level + 1]!;
  let index = 0;
  enter(items);
  try {
    for (; index < items.length; index++) {
      const item = items[index];
      if (index > 0) {
        out.write(NEWLINES[level]!);
      }
      if (item === undefined) {
        throw describeNonJson(item);
      }
      const scalar = scalarOrUndefined(item, itemIndent);
      if (scalar !== undefined) {
        out.write('- ');
        out.write(scalar);
      } else {
        out.write('- ');
        writeItemCollection(item as object, level + 1);
      }
    }
  } catch (error) {
    const problem = asProblem(error);
    if (problem instanceof Problem) {
      problem.reversedPath.push(index);
    }
    throw problem;
  }
  ancestors.pop();
}

/** Writes a collection that starts right where the cursor is (a sequence item, the root). */
function writeItemCollection(value: object, level: number): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.write('[]');
    } else {
      writeSequence(value, level);
    }
    return;
  }
  const keys = keysOfPlainObject(value);
  if (keys.length === 0) {
    out.write('{}');
  } else {
    writeMapping(value as Record<string, unknown>, keys, level);
  }
}

function writeRoot(doc: unknown, root: readonly PathSegment[]): void {
  ancestors.length = 0;
  try {
    if (doc === undefined) {
      throw describeNonJson(doc);
    }
    const scalar = scalarOrUndefined(doc, '');
    if (scalar !== undefined) {
      out.write(scalar);
    } else {
      writeItemCollection(doc as object, 0);
    }
    out.write('\n');
  } catch (error) {
    out = new Utf8Writer(0);
    const problem = asProblem(error);
    if (problem instanceof Problem) {
      const inner = problem.reversedPath.reverse().slice(0, problem.pathLength);
      const path = formatPath([...root, ...inner]);
      throw new NotJsonError(path, problem.problem, problem.fix);
    }
    throw problem;
  } finally {
    ancestors.length = 0;
  }
}

function takeOutput(): string {
  const text = out.toString();
  out = new Utf8Writer(0);
  return text;
}

/**
 * Writes one document as YAML (ending with a newline, no `---`).
 *
 * @param doc a JSON value, typically a Kubernetes object
 * @throws NotJsonError when `doc` holds something that is not JSON
 */
export function stringifyDocument(doc: unknown): string {
  out = new Utf8Writer(1 << 12);
  writeRoot(doc, ['document']);
  return takeOutput();
}

/**
 * Writes documents as one multi-document YAML stream: each document as
 * {@link stringifyDocument} writes it, separated by `---` lines (none before the first).
 *
 * @param docs JSON values, typically Kubernetes objects, in output order
 * @returns the stream; `''` for no documents
 * @throws NotJsonError naming `documents[i]` and the path inside it of the first value that is not JSON
 */
export function stringifyDocuments(docs: readonly unknown[]): string {
  out = new Utf8Writer(1 << 16);
  for (let i = 0; i < docs.length; i++) {
    if (i > 0) {
      out.write('---\n');
    }
    writeRoot(docs[i], ['documents', i]);
  }
  return takeOutput();
}
