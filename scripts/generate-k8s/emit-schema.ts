import type { CompactField, CompactKind, CompactRange, CompactSchema, CompactShape, CompactType } from '../../lib/k8s/schema-format';
import type { MergedField, MergedModel, MergedType } from './merge';
import { rangeOf } from './ranges';
import type { NamedShape } from './shape';

const NAME_PREFIX = 'io.k8s.';

/** Builds the compact schema from the merged model, types numbered in name order. */
export function buildCompactSchema(model: MergedModel): CompactSchema {
  const names = [...model.types.keys()].sort();
  const indexOf = new Map(names.map((name, index) => [name, index]));
  const numbered = (shape: NamedShape): CompactShape => {
    if (typeof shape !== 'string') return [shape[0], numbered(shape[1])];
    if (!shape.startsWith('#')) return shape as CompactShape;
    const index = indexOf.get(shape.slice(1));
    if (index === undefined) throw new Error(`type ${shape.slice(1)} is referenced but not merged`);
    return index;
  };
  const types: CompactType[] = names.map((name) => compactType(model.types.get(name) as MergedType, numbered));
  const kinds: Record<string, CompactKind> = {};
  for (const key of [...model.kinds.keys()].sort()) {
    const kind = model.kinds.get(key)!;
    const range = rangeOf(kind.present, `kind ${key}`)!;
    kinds[key] = {
      type: indexOf.get(kind.type) as number,
      ...(range.since > 0 ? { s: range.since } : {}),
      ...(range.until !== undefined ? { u: range.until } : {}),
    };
  }
  return { versions: model.versions, types, kinds };
}

function compactType(type: MergedType, numbered: (shape: NamedShape) => CompactShape): CompactType {
  const typeRange = rangeOf(type.present, type.name)!;
  const fields: Record<string, CompactField> = {};
  for (const fieldName of [...type.fields.keys()].sort()) {
    const field = type.fields.get(fieldName)!;
    const where = `${type.name}.${fieldName}`;
    const range = rangeOf(field.present, where)!;
    const compact: {
      -readonly [K in keyof CompactField]: CompactField[K];
    } = { t: numbered(field.shape) };
    if (range.since > typeRange.since) compact.s = range.since;
    if (range.until !== undefined && range.until !== typeRange.until) compact.u = range.until;
    const required = requiredOf(field, where);
    if (required) compact.r = required;
    Object.assign(compact, enumOf(field, where));
    if (field.intFormat) compact.f = field.intFormat;
    if (field.listMapKeys) compact.k = field.listMapKeys;
    if (field.set) compact.set = 1;
    fields[fieldName] = compact;
  }
  return { name: type.name.startsWith(NAME_PREFIX) ? type.name.slice(NAME_PREFIX.length) : type.name, fields };
}

function requiredOf(field: MergedField, where: string): 1 | CompactRange | undefined {
  const requiredWherePresent = field.required.filter((required, index) => required && field.present[index]);
  if (requiredWherePresent.length === 0) return undefined;
  if (field.required.every((required, index) => required === field.present[index])) return 1;
  const range = rangeOf(field.required, `required ${where}`)!;
  return range.until === undefined ? [range.since] : [range.since, range.until];
}

function enumOf(field: MergedField, where: string): Pick<CompactField, 'e' | 'ev'> {
  const versionsWithField = field.present.map((present, index) => (present ? index : -1)).filter((index) => index >= 0);
  const withEnum = versionsWithField.filter((index) => field.enumValues[index] !== undefined);
  if (withEnum.length === 0) return {};
  if (withEnum.length !== versionsWithField.length) {
    throw new Error(`${where}: an enum in some versions only; the compact schema cannot express an open enum per version`);
  }
  const all = [...new Set(withEnum.flatMap((index) => field.enumValues[index] as readonly string[]))].sort();
  const ev: Record<string, CompactRange> = {};
  for (const value of all) {
    const present = field.enumValues.map((values, index) => field.present[index] && (values?.includes(value) ?? false));
    const range = rangeOf(present, `enum value ${value} of ${where}`)!;
    const coversField = versionsWithField.every((index) => present[index]);
    if (!coversField) ev[value] = range.until === undefined ? [range.since] : [range.since, range.until];
  }
  return Object.keys(ev).length > 0 ? { e: all, ev } : { e: all };
}

/**
 * The TypeScript module holding the schema: one JSON text parsed at load, one type per line
 * so that a change of the upstream definitions reads as a small diff.
 */
export function renderSchemaModule(schema: CompactSchema, header: string): string {
  const lines = [
    `{"versions":${JSON.stringify(schema.versions)},`,
    `"kinds":${JSON.stringify(schema.kinds)},`,
    '"types":[',
    schema.types.map((type) => JSON.stringify(type)).join(',\n'),
    ']}',
  ];
  const json = lines.join('\n');
  if (json.includes('`') || json.includes('${') || json.includes('\\')) {
    throw new Error('schema JSON holds a backtick, "${" or a backslash; it cannot be embedded as a raw template literal');
  }
  return [
    header,
    "import type { CompactSchema } from './schema-format';",
    '',
    '/** The compact strict schema of every built-in kind, Kubernetes ' +
      `${schema.versions[0]} to ${schema.versions[schema.versions.length - 1]} (shape: schema-format.ts). */`,
    `export const SCHEMA: CompactSchema = JSON.parse(String.raw\`${json}\`) as CompactSchema;`,
    '',
  ].join('\n');
}
