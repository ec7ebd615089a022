/**
 * Turns a document parsed by the `yaml` package into plain JSON data, as Kubernetes
 * turns YAML into JSON: keys become strings ({@link jsonKeyOf}), `<<` merge keys are
 * applied (explicit keys win, earlier merge sources win), aliases are expanded within
 * the {@link AliasBudget}, a `__proto__` key becomes an own data property (never the
 * prototype), nesting deeper than the limit stops. Problems are reported with their
 * offsets; the data of a document with problems must not be used.
 */
import type * as YamlModule from 'yaml';
import type { PositionNode } from '../position-tree';
import { plainScalarKind } from '../plain-scalar';
import { READ_RULES, type ReadRuleId } from '../read-problem';
import { AliasBudget } from './alias-budget';
import { jsonKeyOf } from './map-key';

/** A problem found in a document, at an offset of the parsed text. */
export interface OffsetProblem {
  /** Which problem. */
  readonly ruleId: ReadRuleId;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
  /** Offset in the parsed text. */
  readonly offset: number;
}

/** The data of a document and the problems found while converting it. */
export interface ConvertedDocument {
  /** The plain data (meaningless when `problems` is not empty). */
  readonly value: unknown;
  /** Problems found. */
  readonly problems: OffsetProblem[];
  /** Positions of the nodes, when asked for. */
  readonly positions?: PositionNode;
}

type Yaml = typeof YamlModule;
type AnyNode = YamlModule.Node | YamlModule.Pair | null | undefined;

/** Stops the conversion of a document at a problem that leaves nothing sensible to read. */
class Stop {
  constructor(readonly problem: OffsetProblem) {}
}

/** Converts the document `doc` to plain data. */
export function convertDocument(yaml: Yaml, doc: YamlModule.Document.Parsed, maxDepth: number, withPositions: boolean): ConvertedDocument {
  const converter = new Converter(yaml, doc, maxDepth);
  const contents = doc.contents;
  const root: PositionNode | undefined = withPositions ? { offset: contents?.range?.[0] ?? doc.range[0] } : undefined;
  try {
    const value = converter.convert(contents, 0, root);
    return { value, problems: converter.problems, positions: root };
  } catch (thrown) {
    if (thrown instanceof Stop) return { value: undefined, problems: [...converter.problems, thrown.problem], positions: root };
    throw thrown;
  }
}

class Converter {
  readonly problems: OffsetProblem[] = [];
  private readonly budget = new AliasBudget();
  private readonly expanding = new Set<unknown>();
  private aliasDepth = 0;
  /** Offset of the outermost alias being expanded, where an alias bomb is reported. */
  private aliasOffset = 0;

  constructor(
    private readonly yaml: Yaml,
    private readonly doc: YamlModule.Document.Parsed,
    private readonly maxDepth: number,
  ) {}

  convert(node: AnyNode, depth: number, position: PositionNode | undefined): unknown {
    const yaml = this.yaml;
    if (node === null || node === undefined) return null;
    if (yaml.isAlias(node)) return this.alias(node, depth, position);
    if (!this.budget.decode(this.aliasDepth > 0)) {
      throw new Stop({
        ruleId: READ_RULES.excessiveAliasing,
        message: `aliases expand to far more data than the document holds (${this.budget.total} nodes so far): the document looks like an alias bomb`,
        hint: 'write the repeated values out, or use fewer nested aliases',
        offset: this.aliasDepth > 0 ? this.aliasOffset : offsetOf(node),
      });
    }
    if (yaml.isScalar(node)) return this.scalar(node);
    if (yaml.isMap(node) || yaml.isSeq(node) || yaml.isPair(node)) {
      if (depth + 1 > this.maxDepth) {
        throw new Stop({
          ruleId: READ_RULES.tooDeep,
          message: `mappings and sequences are nested more than ${this.maxDepth} levels deep`,
          hint: 'Kubernetes objects are a few dozen levels deep at most; check the file for runaway nesting',
          offset: offsetOf(node),
        });
      }
      this.expanding.add(node);
      try {
        if (yaml.isMap(node)) return this.mapping(node, depth + 1, position);
        if (yaml.isSeq(node)) return this.sequence(node, depth + 1, position);
        return this.pairAsMapping(node, depth + 1, position);
      } finally {
        this.expanding.delete(node);
      }
    }
    return null;
  }

  private alias(node: YamlModule.Alias, depth: number, position: PositionNode | undefined): unknown {
    const target = node.resolve(this.doc);
    if (target === undefined) {
      throw new Stop({
        ruleId: READ_RULES.syntax,
        message: `the alias *${node.source} refers to no anchor &${node.source} before it in the document`,
        hint: 'define the anchor (&name) before its alias (*name) in the same document',
        offset: offsetOf(node),
      });
    }
    if (this.expanding.has(target)) {
      throw new Stop({
        ruleId: READ_RULES.aliasCycle,
        message: `the alias *${node.source} refers to a node that contains it: its value would be infinite`,
        hint: `move the alias *${node.source} out of the value of the anchor &${node.source}`,
        offset: offsetOf(node),
      });
    }
    if (this.aliasDepth === 0) this.aliasOffset = offsetOf(node);
    this.aliasDepth++;
    try {
      return this.convert(target, depth, position);
    } finally {
      this.aliasDepth--;
    }
  }

  private scalar(node: YamlModule.Scalar): unknown {
    const value = node.value;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      this.problems.push({
        ruleId: READ_RULES.unsupportedValue,
        message: `${node.source ?? String(value)} is not a number JSON can hold, so Kubernetes cannot read this document`,
        hint: 'quote the value to make it a string, or write a finite number',
        offset: offsetOf(node),
      });
      return null;
    }
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return typeof node.source === 'string' ? node.source : String(value);
  }

  private mapping(node: YamlModule.YAMLMap, depth: number, position: PositionNode | undefined): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const entries = position === undefined ? undefined : new Map<string, PositionNode>();
    if (position !== undefined) position.entries = entries;
    const merges: AnyNode[] = [];
    for (const pair of node.items) {
      if (this.isMergeKey(pair.key)) {
        merges.push(pair.value as AnyNode);
        continue;
      }
      const key = this.key(pair.key as AnyNode, offsetOf(pair.key as AnyNode, node));
      const child: PositionNode | undefined = entries === undefined ? undefined : { offset: offsetOf(pair.key as AnyNode, node) };
      const value = this.convert(pair.value as AnyNode, depth, child);
      if (key === undefined) continue;
      if (Object.prototype.hasOwnProperty.call(object, key)) {
        this.problems.push({
          ruleId: READ_RULES.duplicateKey,
          message: `the key ${JSON.stringify(key)} appears twice in one mapping (after conversion to JSON keys)`,
          hint: 'Kubernetes rejects duplicate fields: keep one of them',
          offset: offsetOf(pair.key as AnyNode, node),
        });
        continue;
      }
      defineOwn(object, key, value);
      if (child !== undefined) entries?.set(key, child);
    }
    for (const source of merges) this.merge(object, entries, source, depth);
    return object;
  }

  private merge(object: Record<string, unknown>, entries: Map<string, PositionNode> | undefined, source: AnyNode, depth: number): void {
    const yaml = this.yaml;
    const resolved = yaml.isAlias(source) ? source.resolve(this.doc) : source;
    const parts = (yaml.isSeq(resolved) ? resolved.items : [source]) as AnyNode[];
    for (const part of parts) {
      const target = yaml.isAlias(part) ? part.resolve(this.doc) : part;
      if (!yaml.isMap(target)) {
        this.problems.push({
          ruleId: READ_RULES.syntax,
          message: 'the value of a << merge key must be a mapping or a sequence of mappings',
          hint: 'merge an anchored mapping: <<: *defaults',
          offset: offsetOf(part ?? source),
        });
        return;
      }
      const positions: PositionNode | undefined = entries === undefined ? undefined : { offset: offsetOf(target) };
      const merged = this.convert(part, depth - 1, positions) as Record<string, unknown>;
      for (const key of Object.keys(merged)) {
        if (Object.prototype.hasOwnProperty.call(object, key)) continue;
        defineOwn(object, key, merged[key]);
        const from = positions?.entries?.get(key);
        if (from !== undefined) entries?.set(key, from);
      }
    }
  }

  private sequence(node: YamlModule.YAMLSeq, depth: number, position: PositionNode | undefined): unknown[] {
    const items = position === undefined ? undefined : ([] as PositionNode[]);
    if (position !== undefined) position.items = items;
    return node.items.map((item) => {
      const child: PositionNode | undefined = items === undefined ? undefined : { offset: offsetOf(item as AnyNode, node) };
      if (child !== undefined) items?.push(child);
      return this.convert(item as AnyNode, depth, child);
    });
  }

  /** A single pair inside a flow sequence (`[a: b]`) is a mapping of one entry. */
  private pairAsMapping(pair: YamlModule.Pair, depth: number, position: PositionNode | undefined): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const keyOffset = offsetOf(pair.key as AnyNode);
    const key = this.key(pair.key as AnyNode, keyOffset);
    const child: PositionNode | undefined = position === undefined ? undefined : { offset: keyOffset };
    const value = this.convert(pair.value as AnyNode, depth, child);
    if (key !== undefined) {
      defineOwn(object, key, value);
      if (position !== undefined && child !== undefined) position.entries = new Map([[key, child]]);
    }
    return object;
  }

  private isMergeKey(key: unknown): boolean {
    return this.yaml.isScalar(key) && key.type === 'PLAIN' && key.source === '<<';
  }

  /** The JSON key of a mapping key node; undefined (and a problem) when it has none. */
  private key(node: AnyNode, offset: number): string | undefined {
    const yaml = this.yaml;
    const target = yaml.isAlias(node) ? node.resolve(this.doc) : node;
    if (yaml.isScalar(target)) {
      const value = target.value;
      const plain = target.type === 'PLAIN' && typeof target.source === 'string';
      const isInteger = plain ? plainScalarKind(target.source as string) === 'int' : Number.isInteger(value);
      const scalar = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(target.source);
      const key = jsonKeyOf(scalar, isInteger);
      if (key !== undefined) return key;
    }
    const what = target === null || target === undefined || yaml.isScalar(target) ? 'a null key' : yaml.isSeq(target) ? 'a sequence as a key' : 'a mapping as a key';
    this.problems.push({
      ruleId: READ_RULES.unsupportedKey,
      message: `${what} cannot become a JSON field name, so Kubernetes cannot read this document`,
      hint: 'write the key as a string, e.g. "null" in quotes',
      offset,
    });
    return undefined;
  }
}

/** Sets an own, enumerable data property, also for `__proto__` (which plain assignment would treat as the prototype). */
function defineOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

function offsetOf(node: AnyNode, parent?: YamlModule.Node): number {
  const range = node !== null && node !== undefined && 'range' in node ? node.range : undefined;
  if (range !== undefined && range !== null) return range[0];
  return parent?.range?.[0] ?? 0;
}
