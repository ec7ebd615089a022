/**
 * A fast reader for the block YAML that manifests are made of: block mappings and
 * sequences indented with spaces, plain scalars on one line, quoted scalars and flow
 * collections on one line, literal and folded block scalars, comments, a `---` line
 * opening the document. It reads such a document 25 to 30 times faster than the
 * `yaml` package path, with the same result (the tests compare both on generated input;
 * `scripts/bench/manifest-read.ts` measures both).
 *
 * It never reports a problem. Anything else (anchors, aliases, tags, merge keys,
 * multi-line plain or quoted scalars, complex keys, tabs in indentation, duplicate or
 * non-string keys, `__proto__`, values JSON cannot hold, nesting beyond the limit)
 * makes it give up on the document, which the `yaml` package then reads and judges.
 */
import type { PositionNode } from '../position-tree';
import { resolvePlainScalar } from '../plain-scalar';
import { BAIL, bail, isIndicator } from './bail';
import { scanBlockScalar } from './block-scalar';
import { FlowReader } from './flow-collections';
import { LineCursor } from './line-cursor';
import { scanQuoted } from './quoted-scalars';
import { MISS, ScalarCache, extendHash } from './scalar-cache';
import { textCodes, type TextCodes } from './text-codes';

/** A document read by the fast reader. */
export interface FastDocument {
  /** The document's value: `null` for an empty document. */
  readonly value: unknown;
  /** Positions of the document's nodes, when they were asked for. */
  readonly positions?: PositionNode;
}

/**
 * Reads the document in `text` from `start` to `end` (a `---` line may open it);
 * `codes` are the text's character codes, made once per text by the caller that reads
 * many documents of it.
 * @returns the document, or undefined when it leaves the subset the fast reader knows
 */
export function readFastDocument(text: string, start: number, end: number, maxDepth: number, withPositions = false, codes: TextCodes = textCodes(text)): FastDocument | undefined {
  try {
    return new FastReader(text, end, codes, maxDepth, withPositions).document(start);
  } catch (thrown) {
    if (thrown === BAIL) return undefined;
    throw thrown;
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Plain keys met before (each one checked to be a usable string key). */
const KEYS = new ScalarCache<string>();
/** Plain scalars met before, with their resolved values. */
const VALUES = new ScalarCache<unknown>();

class FastReader extends LineCursor {
  /** Hash of the text of the last scanned plain key or plain scalar. */
  private scanHash = 0;

  constructor(
    text: string,
    end: number,
    codes: TextCodes,
    private readonly maxDepth: number,
    private readonly withPositions: boolean,
  ) {
    super(text, end, codes);
  }

  document(start: number): FastDocument {
    this.load(start);
    if (this.indent === 0 && this.isDocumentStart()) {
      let at = this.lineStart + 3;
      while (at < this.lineEnd && this.codes[at] === 0x20) at++;
      if (at < this.lineEnd && this.codes[at] !== 0x23 /* # */) bail();
      this.load(this.nextLine);
    }
    this.skipInsignificant();
    if (this.indent === -1) return { value: null };
    const positions: PositionNode | undefined = this.withPositions ? { offset: this.content } : undefined;
    const value = this.blockNode(1, positions);
    if (this.indent !== -1) bail();
    return { value, positions };
  }

  // ---- block collections ----------------------------------------------------------------

  /** The block node (a mapping or a sequence) that starts on the current line. */
  private blockNode(depth: number, node: PositionNode | undefined): unknown {
    if (depth > this.maxDepth) bail();
    return this.isSequenceEntry(this.content) ? this.sequence(this.indent, depth, node) : this.mapping(this.indent, this.content, depth, node);
  }

  /** A block mapping indented by `indent` whose first key starts at `firstKey` on the current line. */
  private mapping(indent: number, firstKey: number, depth: number, node: PositionNode | undefined): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const entries = node === undefined ? undefined : new Map<string, PositionNode>();
    if (node !== undefined) node.entries = entries;
    this.entry(object, entries, firstKey, indent, depth);
    while (this.indent === indent && !this.isSequenceEntry(this.content)) {
      this.entry(object, entries, this.content, indent, depth);
    }
    if (this.indent >= indent) bail();
    return object;
  }

  /** One `key: value` entry whose key starts at `keyStart` on the current line. */
  private entry(object: Record<string, unknown>, entries: Map<string, PositionNode> | undefined, keyStart: number, indent: number, depth: number): void {
    const text = this.text;
    const codes = this.codes;
    let key: string;
    let colon: number;
    const first = codes[keyStart];
    if (first === 0x22 || first === 0x27) {
      const quoted = scanQuoted(text, keyStart, this.lineEnd);
      key = quoted.value;
      colon = quoted.end;
      while (colon < this.lineEnd && codes[colon] === 0x20) colon++;
      if (codes[colon] !== 0x3a || !this.endsIndicator(colon + 1)) bail();
    } else {
      colon = this.plainKeyColon(keyStart);
      if (colon === -1 || isIndicator(first) || colon - keyStart > 1024) bail();
      const hash = this.scanHash;
      const cached = codes[colon - 1] === 0x20 ? MISS : KEYS.get(codes, keyStart, colon, hash);
      if (cached !== MISS) {
        key = cached;
      } else {
        let keyEnd = colon;
        while (codes[keyEnd - 1] === 0x20) keyEnd--;
        key = text.slice(keyStart, keyEnd);
        if (key === '<<' || key === '__proto__' || typeof resolvePlainScalar(key) !== 'string') bail();
        if (keyEnd === colon) KEYS.set(key, hash, key);
      }
    }
    if (key === '__proto__' || hasOwn.call(object, key)) bail();
    const child: PositionNode | undefined = entries === undefined ? undefined : { offset: keyStart };
    if (child !== undefined) entries?.set(key, child);
    object[key] = this.valueAfterIndicator(colon + 1, indent, depth, child, true);
  }

  /**
   * The offset of the `:` ending the plain key that starts at `start`, or -1 when the
   * line holds no key there (a comment starts first, or the line ends).
   */
  private plainKeyColon(start: number): number {
    const codes = this.codes;
    const lineEnd = this.lineEnd;
    let hash = 0;
    for (let at = start; at < lineEnd; at++) {
      const code = codes[at];
      if (code === 0x3a /* : */) {
        if (this.endsIndicator(at + 1)) {
          this.scanHash = hash;
          return at;
        }
      } else if (code === 0x23 /* # */) {
        if (codes[at - 1] === 0x20) return -1;
      } else if (code === 0x09) {
        bail();
      }
      hash = extendHash(hash, code);
    }
    return -1;
  }

  /** A block sequence whose entries (`- `) are indented by `indent`. */
  private sequence(indent: number, depth: number, node: PositionNode | undefined): unknown[] {
    const codes = this.codes;
    const items: unknown[] = [];
    const positions = node === undefined ? undefined : ([] as PositionNode[]);
    if (node !== undefined) node.items = positions;
    while (this.indent === indent && this.isSequenceEntry(this.content)) {
      let at = this.content + 1;
      while (at < this.lineEnd && codes[at] === 0x20) at++;
      const inline = at < this.lineEnd && codes[at] !== 0x23;
      const child: PositionNode | undefined = positions === undefined ? undefined : { offset: inline ? at : this.content };
      if (child !== undefined) positions?.push(child);
      if (!inline) {
        items.push(this.valueAfterIndicator(at, indent, depth, child, false));
      } else if (this.isSequenceEntry(at)) {
        bail();
      } else if (this.startsMappingEntry(at)) {
        if (depth + 1 > this.maxDepth) bail();
        items.push(this.mapping(at - this.lineStart, at, depth + 1, child));
      } else {
        items.push(this.inlineValue(at, indent, depth, child));
      }
    }
    if (this.indent > indent) bail();
    return items;
  }

  /** True when a `key: ` entry starts at `at` (a compact mapping inside a sequence entry). */
  private startsMappingEntry(at: number): boolean {
    const code = this.codes[at];
    if (code === 0x22 || code === 0x27) {
      let after = scanQuoted(this.text, at, this.lineEnd).end;
      while (after < this.lineEnd && this.codes[after] === 0x20) after++;
      return this.codes[after] === 0x3a && this.endsIndicator(after + 1);
    }
    if (code === 0x5b || code === 0x7b) return false;
    return this.plainKeyColon(at) !== -1;
  }

  // ---- values ----------------------------------------------------------------------------

  /**
   * The value after `: ` or `- `, from `at` on the current line: inline, or on the next
   * lines (a block indented deeper than `ownerIndent`, a sequence at the same
   * indentation for a mapping value), or null.
   */
  private valueAfterIndicator(from: number, ownerIndent: number, depth: number, node: PositionNode | undefined, isMappingValue: boolean): unknown {
    const codes = this.codes;
    let at = from;
    while (at < this.lineEnd && codes[at] === 0x20) at++;
    if (at < this.lineEnd && codes[at] !== 0x23 /* # */) return this.inlineValue(at, ownerIndent, depth, node);
    this.load(this.nextLine);
    this.skipInsignificant();
    if (this.indent > ownerIndent) {
      if (node !== undefined && !isMappingValue) node.offset = this.content;
      return this.blockNode(depth + 1, node);
    }
    if (isMappingValue && this.indent === ownerIndent && this.isSequenceEntry(this.content)) {
      if (depth + 1 > this.maxDepth) bail();
      return this.sequence(ownerIndent, depth + 1, node);
    }
    return null;
  }

  /** A value written on the current line from `at`; then moves to the next significant line. */
  private inlineValue(at: number, ownerIndent: number, depth: number, node: PositionNode | undefined): unknown {
    const text = this.text;
    const codes = this.codes;
    const code = codes[at];
    let value: unknown;
    let end: number;
    if (code === 0x7c /* | */ || code === 0x3e /* > */) {
      const scalar = scanBlockScalar(text, at, this.lineEnd, this.nextLine, this.end, ownerIndent);
      this.load(scalar.next);
      this.skipInsignificant();
      if (this.indent > ownerIndent) bail();
      return scalar.value;
    }
    if (code === 0x22 || code === 0x27) {
      const quoted = scanQuoted(text, at, this.lineEnd);
      value = quoted.value;
      end = quoted.end;
    } else if (code === 0x5b || code === 0x7b) {
      const flow = new FlowReader(text, this.lineEnd, this.maxDepth).collection(at, depth + 1, node);
      value = flow.value;
      end = flow.end;
    } else {
      end = this.plainEnd(at);
      const hash = this.scanHash;
      value = VALUES.get(codes, at, end, hash);
      if (value === MISS) {
        const source = text.slice(at, end);
        value = resolvePlainScalar(source);
        VALUES.set(source, hash, value);
      }
      if (typeof value === 'number' && !Number.isFinite(value)) bail();
    }
    this.expectLineEnd(end);
    this.load(this.nextLine);
    this.skipInsignificant();
    if (this.indent > ownerIndent) bail();
    return value;
  }

  /** The end of the plain scalar starting at `start` (trailing spaces and a comment excluded). */
  private plainEnd(start: number): number {
    const codes = this.codes;
    const first = codes[start];
    if (isIndicator(first) || (first === 0x2d && this.endsIndicator(start + 1))) bail();
    let last = start;
    let hash = 0;
    let hashAtLast = 0;
    for (let at = start; at < this.lineEnd; at++) {
      const code = codes[at];
      hash = extendHash(hash, code);
      if (code === 0x20) continue;
      if (code === 0x3a /* : */ && this.endsIndicator(at + 1)) bail();
      if (code === 0x23 /* # */ && codes[at - 1] === 0x20) break;
      if (code === 0x09) bail();
      last = at;
      hashAtLast = hash;
    }
    this.scanHash = hashAtLast;
    return last + 1;
  }

  /** After a quoted or flow value: only spaces and a comment may follow on the line. */
  private expectLineEnd(from: number): void {
    const codes = this.codes;
    let at = from;
    while (at < this.lineEnd && codes[at] === 0x20) at++;
    if (at < this.lineEnd && (codes[at] !== 0x23 || at === from)) bail();
  }
}
