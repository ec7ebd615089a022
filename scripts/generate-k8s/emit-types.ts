import type { MergedField, MergedModel } from './merge';
import type { NamedShape } from './shape';

/** Definitions whose TypeScript types podsmith exports, with everything they reference. */
export const TYPE_ROOTS: readonly string[] = [
  'io.k8s.api.core.v1.Pod',
  'io.k8s.api.core.v1.PodTemplateSpec',
  'io.k8s.api.core.v1.ReplicationController',
  'io.k8s.api.apps.v1.Deployment',
  'io.k8s.api.apps.v1.StatefulSet',
  'io.k8s.api.apps.v1.DaemonSet',
  'io.k8s.api.apps.v1.ReplicaSet',
  'io.k8s.api.batch.v1.Job',
  'io.k8s.api.batch.v1.CronJob',
];

/** Fields of the roots left out of the types: a manifest does not set them. */
const OMITTED_ROOT_FIELDS = new Set(['status']);

/** `io.k8s.api.apps.v1.Deployment` → `apps/v1`, `io.k8s.api.core.v1.Pod` → `core/v1`. */
function groupVersionOf(name: string): string {
  const parts = name.split('.');
  return `${parts[parts.length - 3]}/${parts[parts.length - 2]}`;
}

/** The TypeScript type of a shape; `typeName` maps definition names to interface names. */
function tsTypeOf(shape: NamedShape, typeName: (name: string) => string, enumValues?: readonly string[]): string {
  if (typeof shape !== 'string') {
    const inner = tsTypeOf(shape[1], typeName);
    return shape[0] === '[]' ? `${inner.includes('|') ? `(${inner})` : inner}[]` : `{ readonly [key: string]: ${inner} }`;
  }
  if (shape.startsWith('#')) return typeName(shape.slice(1));
  switch (shape) {
    case 's':
      return enumValues && enumValues.length > 0 ? enumValues.map((value) => JSON.stringify(value)).join(' | ') : 'string';
    case 'i':
    case 'n':
      return 'number';
    case 'b':
      return 'boolean';
    case 'q':
      return 'Quantity';
    case 'is':
      return 'IntOrString';
    default:
      return 'unknown';
  }
}

function fieldDoc(name: string, field: MergedField, versions: readonly string[]): string {
  const since = field.present.indexOf(true);
  const until = field.present.indexOf(false, since);
  const notes: string[] = [];
  if (since > 0) notes.push(`Kubernetes ${versions[since]} and later.`);
  if (until > since) notes.push(`Removed in Kubernetes ${versions[until]}.`);
  return `  /** Field \`${name}\`.${notes.length > 0 ? ` ${notes.join(' ')}` : ''} */`;
}

/**
 * Renders the TypeScript interfaces of `roots` (default {@link TYPE_ROOTS}) and their closure, one interface per
 * definition, named after the definition's last segment. Throws when two definitions of the
 * closure share a last segment.
 */
export function renderTypesModule(model: MergedModel, header: string, roots: readonly string[] = TYPE_ROOTS): string {
  const closure = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (closure.has(name)) continue;
    const type = model.types.get(name);
    if (!type) throw new Error(`type root or reference ${name} is not in the definitions`);
    closure.add(name);
    for (const [fieldName, field] of type.fields) {
      if (roots.includes(name) && OMITTED_ROOT_FIELDS.has(fieldName)) continue;
      let shape = field.shape;
      while (typeof shape !== 'string') shape = shape[1];
      if (shape.startsWith('#')) pending.push(shape.slice(1));
    }
  }
  const shortNames = new Map<string, string>();
  for (const name of closure) {
    const short = name.slice(name.lastIndexOf('.') + 1);
    const clash = [...shortNames.entries()].find(([, other]) => other === short);
    if (clash) throw new Error(`type names clash: ${clash[0]} and ${name} are both ${short}`);
    shortNames.set(name, short);
  }
  const typeName = (name: string): string => shortNames.get(name) as string;
  const out: string[] = [
    header,
    '/** A resource quantity: a string such as `250Mi` or `500m`, or a plain number. */',
    'export type Quantity = string | number;',
    '',
    '/** An int-or-string value: a port number or a port name, a count or a percentage. */',
    'export type IntOrString = number | string;',
  ];
  for (const name of [...closure].sort((a, b) => typeName(a).localeCompare(typeName(b)))) {
    const type = model.types.get(name)!;
    const newest = model.versions.length - 1;
    out.push('', `/** API type ${groupVersionOf(name)} \`${typeName(name)}\` (\`${name}\`). */`, `export interface ${typeName(name)} {`);
    for (const fieldName of [...type.fields.keys()].sort()) {
      if (roots.includes(name) && OMITTED_ROOT_FIELDS.has(fieldName)) continue;
      const field = type.fields.get(fieldName)!;
      const lastVersion = field.present.lastIndexOf(true);
      const required = field.required[lastVersion] && lastVersion === newest;
      const enumValues = field.enumValues[lastVersion];
      out.push(fieldDoc(fieldName, field, model.versions));
      out.push(`  readonly ${JSON.stringify(fieldName).slice(1, -1)}${required ? '' : '?'}: ${tsTypeOf(field.shape, typeName, enumValues)};`);
    }
    out.push('}');
  }
  out.push('');
  return out.join('\n');
}
