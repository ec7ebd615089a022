import { EmitProblem, asEmitProblem, describeCycle, describeNonJson } from './emit-problem';
import { PathSegment } from './not-json-error';
import { renderString } from './string-scalar';
import { Utf8Writer } from './utf8-writer';

export { NotJsonError } from './not-json-error';

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

/** Containers deeper than this are checked against their ancestors for cycles. */
const CYCLE_CHECK_DEPTH = 64;
/** A key longer than this is written as an explicit key (`? key`), as YAML requires. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;

/**
 * `INDENTS[level]` is the indentation of a node at that nesting level, `NEWLINES[level]`
 * starts a line there, and `NEW_ITEMS[level]` starts a sequence item there.
 */
const INDENTS: string[] = [''];
const NEWLINES: string[] = ['\n'];
const NEW_ITEMS: string[] = ['\n- '];
function growIndents(level: number): void {
  while (INDENTS.length <= level) {
    const indent = INDENTS[INDENTS.length - 1] + '  ';
    INDENTS.push(indent);
    NEWLINES.push('\n' + indent);
    NEW_ITEMS.push('\n' + indent + '- ');
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The output being written: a fresh writer per call, so that its memory is not kept. */
let out = new Utf8Writer(0);
/** The containers from the root down to the one being written. */
const ancestors: object[] = [];

function enter(container: object): void {
  ancestors.push(container);
  if (ancestors.length > CYCLE_CHECK_DEPTH && ancestors.indexOf(container) < ancestors.length - 1) {
    throw describeCycle(ancestors);
  }
}

/**
 * Writes `prefix` and a scalar, or nothing for an array or object.
 *
 * @returns whether `value` was a scalar
 */
function writeScalar(value: unknown, indent: string, prefix: string): boolean {
  switch (typeof value) {
    case 'string':
      out.write(prefix);
      out.write(renderString(value, false, indent));
      return true;
    case 'number':
      if (!Number.isFinite(value)) {
        throw describeNonJson(value);
      }
      out.write(prefix);
      out.writeNumber(value);
      return true;
    case 'boolean':
      out.write(prefix);
      out.write(value ? 'true' : 'false');
      return true;
    case 'object':
      if (value !== null) {
        return false;
      }
      out.write(prefix);
      out.write('null');
      return true;
    default:
      throw describeNonJson(value);
  }
}

/**
 * Writes the pairs of a plain object whose node indentation is `INDENTS[level]`: `before`
 * and the pairs, or `empty` when it has none.
 */
function writeMapping(map: object, level: number, before: string, empty: string): void {
  const prototype = Object.getPrototypeOf(map);
  if (prototype !== Object.prototype && prototype !== null) {
    throw describeNonJson(map);
  }
  growIndents(level + 1);
  const pairIndent = INDENTS[level + 1]!;
  const newline = NEWLINES[level]!;
  let first = true;
  let key = '';
  enter(map);
  try {
    for (key in map) {
      if (!hasOwn.call(map, key)) {
        continue;
      }
      out.write(first ? before : newline);
      first = false;
      const keyText = renderString(key, true, pairIndent);
      const explicitKey = keyText.length > MAX_IMPLICIT_KEY_LENGTH;
      if (explicitKey) {
        out.write('? ');
        out.write(keyText);
        out.write(newline);
        out.write(':');
      } else {
        out.write(keyText);
        out.write(':');
      }
      const value = (map as Record<string, unknown>)[key];
      if (value === undefined) {
        out.write(' null');
      } else if (!writeScalar(value, pairIndent, ' ')) {
        writeCollectionValue(value as object, level + 1, explicitKey);
      }
    }
  } catch (error) {
    const problem = asEmitProblem(error);
    if (problem instanceof EmitProblem) {
      problem.reversedPath.push(key);
    }
    throw problem;
  }
  ancestors.pop();
  if (first) {
    out.write(empty);
  }
}

/** Writes a non-empty sequence whose node indentation is `INDENTS[level]`. */
function writeSequence(items: readonly unknown[], level: number): void {
  growIndents(level + 1);
  const itemIndent = INDENTS[level + 1]!;
  const newItem = NEW_ITEMS[level]!;
  let index = 0;
  enter(items);
  try {
    for (; index < items.length; index++) {
      const item = items[index];
      if (item === undefined) {
        throw describeNonJson(item);
      }
      const prefix = index === 0 ? '- ' : newItem;
      if (!writeScalar(item, itemIndent, prefix)) {
        out.write(prefix);
        writeItemCollection(item as object, level + 1);
      }
    }
  } catch (error) {
    const problem = asEmitProblem(error);
    if (problem instanceof EmitProblem) {
      problem.reversedPath.push(index);
    }
    throw problem;
  }
  ancestors.pop();
}

/**
 * Writes a collection that is the value of a mapping key, after the key's `:`: on the next
 * lines when it has items, after a space when it is empty (`{}`, `[]`) or the key is explicit.
 */
function writeCollectionValue(value: object, level: number, explicitKey: boolean): void {
  const before = explicitKey ? ' ' : NEWLINES[level]!;
  if (!Array.isArray(value)) {
    writeMapping(value, level, before, ' {}');
  } else if (value.length === 0) {
    out.write(' []');
  } else {
    out.write(before);
    writeSequence(value, level);
  }
}

/** Writes a collection that starts where the cursor is (a sequence item, the root). */
function writeItemCollection(value: object, level: number): void {
  if (!Array.isArray(value)) {
    writeMapping(value, level, '', '{}');
  } else if (value.length === 0) {
    out.write('[]');
  } else {
    writeSequence(value, level);
  }
}

function writeRoot(doc: unknown, root: readonly PathSegment[]): void {
  ancestors.length = 0;
  try {
    if (doc === undefined) {
      throw describeNonJson(doc);
    }
    if (!writeScalar(doc, '', '')) {
      writeItemCollection(doc as object, 0);
    }
    out.write('\n');
  } catch (error) {
    out = new Utf8Writer(0);
    const problem = asEmitProblem(error);
    throw problem instanceof EmitProblem ? problem.toError(root) : problem;
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
    if (i === 0 && docs.length > 1) {
      // Documents of one stream tend to be alike: reserve room for all of them at once.
      out.reserve(Math.ceil(out.size * docs.length * 1.25));
    }
  }
  return takeOutput();
}
