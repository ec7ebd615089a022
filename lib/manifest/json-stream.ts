/**
 * JSON input, read as kubectl reads it: text whose first non-blank character is `{` is
 * a stream of JSON values (one or more, one after the other), decoded by a JSON
 * decoder, not by YAML rules. Each value is checked by a scanner (syntax with a
 * position, duplicate keys, nesting depth) and then built by the native `JSON.parse`,
 * which makes every key, `__proto__` included, an own data property.
 *
 * Strings are decoded as Go's `encoding/json` decodes them (kubectl's decoder, and the API
 * server's): a `\u` escape of a lone UTF-16 surrogate becomes U+FFFD, the replacement
 * character, instead of an error or an unpaired surrogate.
 */
import type { OffsetProblem } from './yaml-package/ast-to-data';
import type { PositionNode } from './position-tree';
import { READ_RULES } from './read-problem';

/** One JSON value of the stream. */
export interface JsonDocument {
  /** The value; meaningless when `problems` is not empty. */
  readonly value: unknown;
  /** Problems found. */
  readonly problems: OffsetProblem[];
  /** Offset where the value starts. */
  readonly offset: number;
  /** Offset just after the value. */
  readonly end: number;
  /** Positions of its nodes, when asked for. */
  readonly positions?: PositionNode;
}

/** True when kubectl would read `text` as JSON: its first non-blank character is `{`. */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** Reads the JSON values of `text` from `start` to `end`; stops at the first syntax error. */
export function readJsonStream(text: string, maxDepth: number, withPositions = false, start = 0, end = text.length): JsonDocument[] {
  return [...jsonDocuments(text, maxDepth, withPositions, start, end)];
}

/** The JSON values of `text` from `start` to `end`, one at a time; stops after the first syntax error. */
export function* jsonDocuments(text: string, maxDepth: number, withPositions = false, start = 0, end = text.length): Generator<JsonDocument> {
  const scanner = new JsonScanner(text, end, maxDepth);
  let at = scanner.skipSpace(start);
  while (at < end) {
    const problems: OffsetProblem[] = [];
    const root: PositionNode | undefined = withPositions ? { offset: at } : undefined;
    scanner.problems = problems;
    let valueEnd: number;
    try {
      valueEnd = scanner.value(at, 0, root);
    } catch (thrown) {
      if (!(thrown instanceof JsonStop)) throw thrown;
      yield { value: undefined, problems: [...problems, thrown.problem], offset: at, end };
      return;
    }
    let value: unknown = problems.length === 0 ? JSON.parse(int64Faithful(text.slice(at, valueEnd), scanner.nearInt64Limit, at)) : undefined;
    scanner.nearInt64Limit = [];
    if (scanner.loneSurrogates && problems.length === 0) value = replaceLoneSurrogates(value);
    scanner.loneSurrogates = false;
    yield { value, problems, offset: at, end: valueEnd, positions: root };
    at = scanner.skipSpace(valueEnd);
  }
}

/** The largest number below 2^63 (doubles are 1024 apart there). */
const BELOW_INT64_LIMIT = '9223372036854774784';

/**
 * `json` with each integer literal at `offsets` (shifted by `base`), all up to 2^63-1 but
 * rounding to 2^63 as numbers, written as the largest number below 2^63: the schema
 * layer's int64 check then tells 9223372036854775807 (valid, kept exactly by Go) from
 * 9223372036854775808 (out of range), as the YAML reader does (`plain-scalar.ts`).
 */
function int64Faithful(json: string, offsets: readonly number[], base: number): string {
  let out = json;
  for (const offset of offsets) {
    const at = offset - base;
    out = out.slice(0, at) + BELOW_INT64_LIMIT + out.slice(at + BELOW_INT64_LIMIT.length);
  }
  return out;
}

/** Matches (with the `u` flag) only surrogates that are not part of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** `text` with each unpaired surrogate replaced by U+FFFD, as Go's JSON decoder does. */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** A copy of `value` with {@link wellFormed} keys and strings; keys stay own data properties. */
function replaceLoneSurrogates(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(replaceLoneSurrogates);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, wellFormed(key), { value: replaceLoneSurrogates(item), writable: true, enumerable: true, configurable: true });
  }
  return copy;
}

class JsonStop {
  constructor(readonly problem: OffsetProblem) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

class JsonScanner {
  problems: OffsetProblem[] = [];
  /** Set when a string of the current value escapes a lone surrogate. */
  loneSurrogates = false;
  /** Offsets of the integer literals of the current value up to 2^63-1 that round to 2^63. */
  nearInt64Limit: number[] = [];

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly maxDepth: number,
  ) {}

  skipSpace(from: number): number {
    let at = from;
    while (at < this.end) {
      const code = this.text.charCodeAt(at);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
      at++;
    }
    return at;
  }

  /** Scans the value at `start`; returns the offset after it. */
  value(start: number, depth: number, position: PositionNode | undefined): number {
    const at = this.skipSpace(start);
    const code = this.text.charCodeAt(at);
    if (code === 0x7b /* { */) return this.object(at, depth + 1, position);
    if (code === 0x5b /* [ */) return this.array(at, depth + 1, position);
    if (code === 0x22 /* " */) return this.string(at).end;
    if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      NUMBER.lastIndex = at;
      if (NUMBER.test(this.text) && NUMBER.lastIndex <= this.end) {
        // 19 digits, no sign, fraction or exponent: maybe in [2^63-1024, 2^63-1].
        if (NUMBER.lastIndex - at === 19 && code !== 0x2d && /^[0-9]{19}$/.test(this.text.slice(at, NUMBER.lastIndex))) {
          const literal = this.text.slice(at, NUMBER.lastIndex);
          if (literal >= '9223372036854774785' && literal <= '9223372036854775807') this.nearInt64Limit.push(at);
        }
        return NUMBER.lastIndex;
      }
      return this.fail(at, 'a malformed number');
    }
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, at) && at + literal.length <= this.end) return at + literal.length;
    }
    return this.fail(at, at >= this.end ? 'the end of the input where a value should be' : `${describe(this.text, at)} where a value should be`);
  }

  private object(open: number, depth: number, position: PositionNode | undefined): number {
    this.checkDepth(open, depth);
    const keys: string[] = [];
    let keySet: Set<string> | undefined;
    const entries = position === undefined ? undefined : new Map<string, PositionNode>();
    if (position !== undefined) position.entries = entries;
    let at = this.skipSpace(open + 1);
    if (this.text.charCodeAt(at) === 0x7d) return at + 1;
    for (;;) {
      if (this.text.charCodeAt(at) !== 0x22) return this.fail(at, `${describe(this.text, at)} where a field name in double quotes should be`);
      const key = this.string(at);
      const seen = keySet !== undefined ? keySet.has(key.value) : keys.includes(key.value);
      if (seen) {
        this.problems.push({
          ruleId: READ_RULES.duplicateKey,
          message: `the field ${JSON.stringify(key.value)} appears twice in one JSON object`,
          hint: 'Kubernetes rejects duplicate fields: keep one of them',
          offset: at,
        });
      } else if (keySet !== undefined) keySet.add(key.value);
      else if (keys.push(key.value) > 16) keySet = new Set(keys);
      const child: PositionNode | undefined = entries === undefined ? undefined : { offset: at };
      if (child !== undefined && !seen) entries?.set(key.value, child);
      at = this.skipSpace(key.end);
      if (this.text.charCodeAt(at) !== 0x3a) return this.fail(at, `${describe(this.text, at)} where ':' should follow a field name`);
      at = this.skipSpace(this.value(at + 1, depth, child));
      const code = this.text.charCodeAt(at);
      if (code === 0x7d) return at + 1;
      if (code !== 0x2c) return this.fail(at, `${describe(this.text, at)} where ',' or '}' should be`);
      at = this.skipSpace(at + 1);
    }
  }

  private array(open: number, depth: number, position: PositionNode | undefined): number {
    this.checkDepth(open, depth);
    const items = position === undefined ? undefined : ([] as PositionNode[]);
    if (position !== undefined) position.items = items;
    let at = this.skipSpace(open + 1);
    if (this.text.charCodeAt(at) === 0x5d) return at + 1;
    for (;;) {
      const child: PositionNode | undefined = items === undefined ? undefined : { offset: at };
      if (child !== undefined) items?.push(child);
      at = this.skipSpace(this.value(at, depth, child));
      const code = this.text.charCodeAt(at);
      if (code === 0x5d) return at + 1;
      if (code !== 0x2c) return this.fail(at, `${describe(this.text, at)} where ',' or ']' should be`);
      at = this.skipSpace(at + 1);
    }
  }

  /** Scans the string opening at `open`; returns its decoded value and the offset after it. */
  private string(open: number): { value: string; end: number } {
    let escaped = false;
    for (let at = open + 1; at < this.end; at++) {
      const code = this.text.charCodeAt(at);
      if (code === 0x22) {
        const raw = this.text.slice(open, at + 1);
        if (!escaped) return { value: raw.slice(1, -1), end: at + 1 };
        const decoded = JSON.parse(raw) as string;
        const value = wellFormed(decoded);
        if (value !== decoded) this.loneSurrogates = true;
        return { value, end: at + 1 };
      }
      if (code < 0x20) return this.fail(at, 'a raw control character inside a string (write it as an escape such as \\n)');
      if (code === 0x5c) {
        escaped = true;
        const next = this.text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(at + 2, at + 6))) return this.fail(at, 'a malformed \\u escape');
          at += 5;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          at += 1;
        } else {
          return this.fail(at, `the unknown escape \\${next ?? ''}`);
        }
      }
    }
    return this.fail(open, 'a string that is never closed');
  }

  private checkDepth(at: number, depth: number): void {
    if (depth <= this.maxDepth) return;
    throw new JsonStop({
      ruleId: READ_RULES.tooDeep,
      message: `objects and arrays are nested more than ${this.maxDepth} levels deep`,
      hint: 'Kubernetes objects are a few dozen levels deep at most; check the file for runaway nesting',
      offset: at,
    });
  }

  private fail(at: number, found: string): never {
    throw new JsonStop({
      ruleId: READ_RULES.syntax,
      message: `malformed JSON: found ${found}`,
      hint: 'fix the JSON at this position (a file whose first character is { is read as JSON, as kubectl does)',
      offset: Math.min(at, this.end),
    });
  }
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the input';
  const char = text[at];
  return /\s/.test(char) ? 'white space' : `'${char}'`;
}
