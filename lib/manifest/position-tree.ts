/**
 * Where each field of a document is written: a tree that mirrors the document's
 * mappings and sequences and holds, for every node, the offset of its key (for a
 * mapping entry) or of its value (for a sequence item and the root). Every reader
 * (the fast one, the `yaml` package one, the JSON one) builds it on request, and
 * {@link locateFieldPath} answers a field path with the nearest offset that exists.
 */
import { parseFieldPath } from './field-path-steps';

/** The position of one node of a document, and of its children. */
export interface PositionNode {
  /** Offset in the file text: the key of a mapping entry, the value of a sequence item or of the root. */
  offset: number;
  /** Children of a mapping, by key. */
  entries?: Map<string, PositionNode>;
  /** Children of a sequence, by index. */
  items?: PositionNode[];
}

/**
 * The offset of the node at `fieldPath` below `root`, or of its nearest ancestor that
 * exists in the document (a missing field points at the object that should hold it).
 */
export function locateFieldPath(root: PositionNode, fieldPath: string): number {
  let node = root;
  const steps = parseFieldPath(fieldPath);
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    let next: PositionNode | undefined;
    if (node.items !== undefined && /^\d+$/.test(step.name)) {
      next = node.items[Number(step.name)];
    } else if (node.entries !== undefined) {
      next = node.entries.get(step.name);
      if (next === undefined && step.dotted) {
        // A key holding dots written in the dotted notation: `annotations.example.com/x`.
        const joined = joinDottedSteps(node.entries, steps, index);
        if (joined !== undefined) {
          next = joined.node;
          index = joined.lastIndex;
        }
      }
    }
    if (next === undefined) return node.offset;
    node = next;
  }
  return node.offset;
}

function joinDottedSteps(
  entries: Map<string, PositionNode>,
  steps: ReturnType<typeof parseFieldPath>,
  from: number,
): { node: PositionNode; lastIndex: number } | undefined {
  let key = steps[from].name;
  for (let index = from + 1; index < steps.length && steps[index].dotted; index++) {
    key = `${key}.${steps[index].name}`;
    const node = entries.get(key);
    if (node !== undefined) return { node, lastIndex: index };
  }
  return undefined;
}
