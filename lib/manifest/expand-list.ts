/**
 * Lists, expanded as kubectl expands them: a document of kind `List` (or any kind
 * ending in `List`, such as `PodList` from `kubectl get -o yaml`) whose `items` is a
 * sequence stands for its items, each an object of its own. Items that are lists are
 * expanded too.
 */
import { READ_RULES, type ReadRuleId } from './read-problem';

/** An object found in a document: the document itself, or an item of a list in it. */
export interface DocumentObject {
  /** The object. */
  readonly value: Record<string, unknown>;
  /** Path of the object inside the document: empty for the document, `items[2]` for an item. */
  readonly path: string;
}

/** A problem with the shape of a document or of a list's item. */
export interface ShapeProblem {
  /** Which problem. */
  readonly ruleId: ReadRuleId;
  /** Path inside the document. */
  readonly fieldPath: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
}

/** The objects of a document and the problems of its shape; an empty document (null) has neither. */
export function objectsOfDocument(value: unknown): { objects: DocumentObject[]; problems: ShapeProblem[] } {
  const objects: DocumentObject[] = [];
  const problems: ShapeProblem[] = [];
  if (value === null || value === undefined) return { objects, problems };
  collect(value, '', objects, problems);
  return { objects, problems };
}

function collect(value: unknown, path: string, objects: DocumentObject[], problems: ShapeProblem[]): void {
  if (!isMapping(value)) {
    problems.push({
      ruleId: READ_RULES.notAMapping,
      fieldPath: path,
      message: `${path === '' ? 'the document' : `the list item ${path}`} is ${describe(value)}, not a Kubernetes object`,
      hint: 'a Kubernetes object is a mapping with apiVersion, kind and metadata',
    });
    return;
  }
  const kind = value.kind;
  const items = value.items;
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(items)) {
    items.forEach((item, index) => collect(item, `${path === '' ? '' : `${path}.`}items[${index}]`, objects, problems));
    return;
  }
  if (kind === 'List') {
    problems.push({
      ruleId: READ_RULES.invalidList,
      fieldPath: path === '' ? 'items' : `${path}.items`,
      message: `a List must hold its objects in a sequence named items, but items is ${describe(items)}`,
      hint: 'write the objects under items: as a sequence (- apiVersion: v1 ...)',
    });
    return;
  }
  objects.push({ value, path });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}
