/**
 * Names in the generated code: variables (camelCase, unique, never a reserved word or an
 * imported name), construct ids (unique in their scope) and chart ids (from file names).
 * Every name is derived from the input only through a strict character filter.
 */
import { isUsableVariableName } from './ts-literal';

/** Hands out unique variable names. */
export class VariableNames {
  private readonly used = new Set<string>();

  /** @param reserved names that are taken from the start (imports, `app`) */
  public constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.used.add(name);
  }

  /** Marks a name as taken. */
  public reserve(name: string): void {
    this.used.add(name);
  }

  /**
   * The name `allocate(hint, fallback)` would return, without taking it.
   * @param hint text to derive the name from, e.g. `web-log-shipper` gives `webLogShipper`
   * @param fallback the word to use when the hint gives nothing usable, e.g. `pod`
   */
  public peek(hint: string, fallback: string): string {
    const base = camelCase(hint, fallback);
    if (!this.used.has(base)) return base;
    for (let n = 2; ; n++) {
      const candidate = `${base}${n}`;
      if (!this.used.has(candidate)) return candidate;
    }
  }

  /** A unique name derived from `hint` (see {@link peek}), taken. */
  public allocate(hint: string, fallback: string): string {
    const name = this.peek(hint, fallback);
    this.used.add(name);
    return name;
  }
}

/** `web-log-shipper` as `webLogShipper`; `fallback` when nothing usable is left, or as a prefix before a digit. */
export function camelCase(hint: string, fallback: string): string {
  const words = hint.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  let name = words.map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  if (name.length > 40) name = name.slice(0, 40);
  if (name === '') return fallback;
  if (/^[0-9]/.test(name)) name = `${fallback}${name}`;
  return isUsableVariableName(name) ? name : `${name}${fallback.charAt(0).toUpperCase()}${fallback.slice(1)}`;
}

/** Hands out construct ids unique in one scope. */
export class ConstructIds {
  private readonly used = new Set<string>();

  /**
   * The object's name when it can be the id (non-empty, no `/`) and is free; otherwise the
   * name (or `fallback`) with a suffix that makes it unique.
   * @param preferred the object's name, if it has one
   * @param fallback the id to start from otherwise, e.g. `pod`
   */
  public allocate(preferred: string | undefined, fallback: string): string {
    const usable = preferred !== undefined && preferred !== '' && !preferred.includes('/') && preferred.length <= 253;
    const base = usable ? preferred : fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/**
 * A chart id from a file name: the base name without its manifest extension, in the
 * characters an output file name may hold (`nginx-port.yaml` gives `nginx-port`; the `.k8s`
 * of a synth output file is dropped too, so `web.k8s.yaml` gives `web`).
 */
export function chartIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(ya?ml|json)$/i, '').replace(/\.k8s$/, '');
  const cleaned = stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return cleaned === '' ? 'manifests' : cleaned.slice(0, 100);
}
