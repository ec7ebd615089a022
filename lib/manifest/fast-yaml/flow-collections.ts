/**
 * Flow collections that open and close on one line, for the fast reader:
 * `["sh", "-c", "sleep 1"]`, `[]`, `{}`, `{app: web, tier: "1"}`, nested ones too.
 * A flow collection that spans lines, a single-pair mapping inside a sequence
 * (`[a: b]`), a key without a value, a colon inside a plain scalar, or a comment
 * inside the brackets leaves the fast reader.
 */
import type { PositionNode } from '../position-tree';
import { resolvePlainScalar } from '../plain-scalar';
import { bail, isIndicator } from './bail';
import { scanQuoted } from './quoted-scalars';

/** A flow value read from the text, and the offset just after it. */
export interface ScannedFlow {
  /** The value. */
  readonly value: unknown;
  /** Offset just after the value. */
  readonly end: number;
}

/** Reads the flow collections of one line. */
export class FlowReader {
  constructor(
    private readonly text: string,
    private readonly lineEnd: number,
    private readonly maxDepth: number,
  ) {}

  /** Reads the flow sequence or mapping opening at `start`; `node` receives the positions of its children. */
  collection(start: number, depth: number, node: PositionNode | undefined): ScannedFlow {
    if (depth > this.maxDepth) bail();
    return this.text.charCodeAt(start) === 0x5b ? this.sequence(start, depth, node) : this.mapping(start, depth, node);
  }

  private sequence(start: number, depth: number, node: PositionNode | undefined): ScannedFlow {
    const items: unknown[] = [];
    const positions: PositionNode[] | undefined = node === undefined ? undefined : [];
    if (node !== undefined) node.items = positions;
    let at = this.skipSpaces(start + 1);
    while (this.text.charCodeAt(at) !== 0x5d /* ] */) {
      const child: PositionNode | undefined = positions === undefined ? undefined : { offset: at };
      const item = this.item(at, depth, child);
      items.push(item.value);
      if (child !== undefined) positions?.push(child);
      at = this.afterItem(item.end, 0x5d);
    }
    return { value: items, end: at + 1 };
  }

  private mapping(start: number, depth: number, node: PositionNode | undefined): ScannedFlow {
    const object: Record<string, unknown> = {};
    const positions: Map<string, PositionNode> | undefined = node === undefined ? undefined : new Map();
    if (node !== undefined) node.entries = positions;
    let at = this.skipSpaces(start + 1);
    while (this.text.charCodeAt(at) !== 0x7d /* } */) {
      const keyStart = at;
      const first = this.text.charCodeAt(at);
      let key: string;
      if (first === 0x22 || first === 0x27) {
        const quoted = scanQuoted(this.text, at, this.lineEnd);
        key = quoted.value;
        at = this.skipSpaces(quoted.end);
      } else {
        const plain = this.plain(at);
        if (typeof plain.value !== 'string') bail();
        key = plain.value as string;
        at = plain.end;
        if (this.text.charCodeAt(at) !== 0x3a) bail();
        const after = this.text.charCodeAt(at + 1);
        if (after !== 0x20) bail();
      }
      if (this.text.charCodeAt(at) !== 0x3a /* : */) bail();
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(object, key)) bail();
      at = this.skipSpaces(at + 1);
      const code = this.text.charCodeAt(at);
      if (code === 0x2c || code === 0x7d) bail();
      const child: PositionNode | undefined = positions === undefined ? undefined : { offset: keyStart };
      const value = this.item(at, depth, child);
      object[key] = value.value;
      if (child !== undefined) positions?.set(key, child);
      at = this.afterItem(value.end, 0x7d);
    }
    return { value: object, end: at + 1 };
  }

  /** After an item: spaces, then a comma (and the next item or the closing bracket) or the closing bracket. */
  private afterItem(end: number, close: number): number {
    const at = this.skipSpaces(end);
    const code = this.text.charCodeAt(at);
    if (code === close) return at;
    if (code !== 0x2c /* , */) bail();
    const next = this.skipSpaces(at + 1);
    if (this.text.charCodeAt(next) === 0x2c) bail();
    return next;
  }

  private item(at: number, depth: number, node: PositionNode | undefined): ScannedFlow {
    const code = this.text.charCodeAt(at);
    if (code === 0x22 || code === 0x27) {
      const quoted = scanQuoted(this.text, at, this.lineEnd);
      const after = this.skipSpaces(quoted.end);
      if (this.text.charCodeAt(after) === 0x3a) bail();
      return quoted;
    }
    if (code === 0x5b || code === 0x7b) return this.collection(at, depth + 1, node);
    const plain = this.plain(at);
    if (this.text.charCodeAt(plain.end) === 0x3a) bail();
    return plain;
  }

  /** A plain scalar in flow context: up to a comma, a closing bracket or a colon; trailing spaces dropped. */
  private plain(start: number): ScannedFlow {
    const first = this.text.charCodeAt(start);
    if (start >= this.lineEnd || isIndicator(first)) bail();
    if (first === 0x2d /* - */) {
      const next = this.text.charCodeAt(start + 1);
      if (next === 0x20 || next === 0x2c || next === 0x5d || next === 0x7d || start + 1 >= this.lineEnd) bail();
    }
    let at = start;
    let lastNonSpace = start;
    for (; at < this.lineEnd; at++) {
      const code = this.text.charCodeAt(at);
      if (code === 0x2c || code === 0x5d || code === 0x7d || code === 0x3a) break;
      if (code === 0x5b || code === 0x7b || code === 0x09) bail();
      if (code === 0x23 /* # */ && this.text.charCodeAt(at - 1) === 0x20) bail();
      if (code !== 0x20) lastNonSpace = at;
    }
    if (at >= this.lineEnd) bail();
    const value = resolvePlainScalar(this.text.slice(start, lastNonSpace + 1));
    if (typeof value === 'number' && !Number.isFinite(value)) bail();
    return { value, end: lastNonSpace + 1 };
  }

  private skipSpaces(from: number): number {
    let at = from;
    while (at < this.lineEnd) {
      const code = this.text.charCodeAt(at);
      if (code === 0x09) bail();
      if (code !== 0x20) return at;
      at++;
    }
    return bail();
  }
}
