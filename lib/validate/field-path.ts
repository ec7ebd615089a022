/**
 * Field paths in the notation of the Kubernetes API server's `field.Path`:
 * `spec.containers[1].ports[0].containerPort` for fields and list items, and
 * `metadata.labels[app.kubernetes.io/name]` for map keys.
 */

/** The path of a child field: `childPath('spec', 'containers')` is `spec.containers`. */
export function childPath(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** The path of a list item: `indexPath('spec.containers', 1)` is `spec.containers[1]`. */
export function indexPath(path: string, position: number): string {
  return `${path}[${position}]`;
}

/** The path of a map entry: `keyPath('metadata.labels', 'app')` is `metadata.labels[app]`. */
export function keyPath(path: string, key: string): string {
  return `${path}[${key}]`;
}

const FIELD = 0;
const INDEX = 1;
const KEY = 2;

/**
 * A field path built step by step during a recursive walk. Pushing and popping
 * allocate nothing; the path is rendered as a string only when a finding needs it.
 */
export class FieldPathBuilder {
  private readonly names: (string | number)[] = [];
  private readonly kinds: number[] = [];
  private depth = 0;

  /** Empties the path (the object root). */
  reset(): void {
    this.depth = 0;
  }

  /** Descends into a field of an object. */
  pushField(name: string): void {
    this.names[this.depth] = name;
    this.kinds[this.depth] = FIELD;
    this.depth++;
  }

  /** Descends into an item of a list. */
  pushIndex(position: number): void {
    this.names[this.depth] = position;
    this.kinds[this.depth] = INDEX;
    this.depth++;
  }

  /** Descends into an entry of a map. */
  pushKey(key: string): void {
    this.names[this.depth] = key;
    this.kinds[this.depth] = KEY;
    this.depth++;
  }

  /** Goes back up one step. */
  pop(): void {
    this.depth--;
  }

  /** The current path, e.g. `spec.containers[0].image`; empty at the root. */
  toString(): string {
    let out = '';
    for (let i = 0; i < this.depth; i++) {
      const name = this.names[i];
      if (this.kinds[i] === FIELD) out = i === 0 ? (name as string) : `${out}.${name as string}`;
      else out = `${out}[${name}]`;
    }
    return out;
  }

  /** The path of a field of the current object, without descending into it. */
  child(name: string): string {
    return childPath(this.toString(), name);
  }
}
