import type { IConstruct } from 'constructs';

/** A part of an object's output added by a construct other than the object itself. */
export interface FieldOrigin {
  /** Field path inside the object, e.g. `spec.containers[1]`. */
  readonly fieldPath: string;
  /** The construct that added it. */
  readonly construct: IConstruct;
}

const ORIGINS = new WeakMap<IConstruct, readonly FieldOrigin[]>();

/** Records, at render, which constructs added which parts of an object's output. */
export function recordOrigins(object: IConstruct, origins: readonly FieldOrigin[]): void {
  ORIGINS.set(object, origins);
}

/**
 * The construct responsible for `fieldPath` of `object`'s output: the one that added the
 * nearest enclosing part, or the object itself.
 */
export function originOf(object: IConstruct, fieldPath: string): IConstruct {
  let best: FieldOrigin | undefined;
  for (const origin of ORIGINS.get(object) ?? []) {
    const encloses = fieldPath === origin.fieldPath || fieldPath.startsWith(`${origin.fieldPath}.`) || fieldPath.startsWith(`${origin.fieldPath}[`);
    if (encloses && (!best || origin.fieldPath.length > best.fieldPath.length)) best = origin;
  }
  return best ? best.construct : object;
}
