import type { UpstreamDefinition, UpstreamProperty } from './read-definitions';

/**
 * A value shape while generating: like the compact schema's shape, but object types are
 * named (`#` + definition name) until the types are numbered.
 */
export type NamedShape =
  | `#${string}`
  | 's'
  | 'i'
  | 'n'
  | 'b'
  | 'q'
  | 'is'
  | 'a'
  | readonly ['[]', NamedShape]
  | readonly ['{}', NamedShape];

const REF_PREFIX = '#/definitions/';

/** Definitions whose values are scalars or free-form JSON rather than objects with fields. */
const SPECIAL_REFS: Readonly<Record<string, NamedShape>> = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': 'is',
  'io.k8s.apimachinery.pkg.api.resource.Quantity': 'q',
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': 's',
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': 's',
};

/**
 * The shape of a reference to a definition: a special scalar, free-form JSON for definitions
 * without fields (RawExtension, FieldsV1, JSON ...), or the named object type.
 */
export function shapeOfRef(name: string, definitions: Readonly<Record<string, UpstreamDefinition>>): NamedShape {
  const special = SPECIAL_REFS[name];
  if (special) return special;
  const definition = definitions[name];
  if (!definition) throw new Error(`reference to unknown definition ${name}`);
  if (!definition.properties) return 'a';
  return `#${name}`;
}

/** The shape of one property; `where` names it in errors. */
export function shapeOfProperty(
  property: UpstreamProperty,
  definitions: Readonly<Record<string, UpstreamDefinition>>,
  where: string,
): NamedShape {
  if (property.$ref) {
    if (!property.$ref.startsWith(REF_PREFIX)) throw new Error(`${where}: unsupported $ref ${property.$ref}`);
    return shapeOfRef(property.$ref.slice(REF_PREFIX.length), definitions);
  }
  if (property['x-kubernetes-preserve-unknown-fields']) return 'a';
  switch (property.type) {
    case 'string':
      return property.format === 'int-or-string' ? 'is' : 's';
    case 'integer':
      return 'i';
    case 'number':
      return 'n';
    case 'boolean':
      return 'b';
    case 'array':
      if (!property.items) throw new Error(`${where}: array without items`);
      return ['[]', shapeOfProperty(property.items, definitions, `${where}[]`)];
    case 'object':
      if (property.additionalProperties && typeof property.additionalProperties === 'object') {
        return ['{}', shapeOfProperty(property.additionalProperties, definitions, `${where}{}`)];
      }
      return 'a';
    default:
      throw new Error(`${where}: unsupported property type ${String(property.type)}`);
  }
}

/** The integer format of a property: 32 for int32, 64 for int64, undefined otherwise. */
export function intFormatOf(property: UpstreamProperty): 32 | 64 | undefined {
  if (property.type !== 'integer') return undefined;
  if (property.format === 'int32') return 32;
  if (property.format === 'int64') return 64;
  return undefined;
}

/** Every object type a shape refers to. */
export function namedTypesOf(shape: NamedShape): string[] {
  if (typeof shape === 'string') return shape.startsWith('#') ? [shape.slice(1)] : [];
  return namedTypesOf(shape[1]);
}
