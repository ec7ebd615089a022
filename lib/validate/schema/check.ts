/**
 * Checks a Kubernetes object against the compiled strict schema of the target version:
 * value types, int32/int64 ranges, required fields, enum values, quantities,
 * int-or-string, unknown fields (with a suggestion for likely typos), fields the target
 * version does not have, and duplicate keys of list-maps and sets. Like the API server,
 * it reads `null` as an absent value (and `undefined`, which JSON output omits).
 */
import type { Diagnostic, Severity } from '../diagnostic';
import { FieldPathBuilder } from '../field-path';
import { Availability, type CompiledField, type CompiledSchema, type CompiledShape, type CompiledType, ShapeTag } from './compile';
import { quantityProblem } from './quantity-syntax';
import { suggestName } from './suggest';
import { describeType, hasSameKeys, isPlainObject, isWellFormed, LONE_SURROGATE, SHORT_LIST } from './values';

export { describeType } from './values';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 9223372036854775808; // 2^63: int64 holds [-2^63, 2^63)
const EMPTY_OBJECT: Readonly<Record<string, unknown>> = Object.freeze({});
/** Deepest nesting of objects and lists the checker descends into (far beyond any real manifest). */
export const MAX_DEPTH = 512;

/** Receives the diagnostics of a check. */
export type DiagnosticSink = (diagnostic: Diagnostic) => void;

/** Walks objects against a {@link CompiledSchema}. One checker per validator; not re-entrant. */
export class SchemaChecker {
  private readonly path = new FieldPathBuilder();
  private sink: DiagnosticSink = () => undefined;
  private objectIndex = 0;
  private depth = 0;
  private tooDeep = false;

  constructor(private readonly schema: CompiledSchema) {}

  /**
   * Checks `object` (already known to be a plain object) as an instance of the type at
   * `typeIndex`, reporting each problem to `sink`.
   */
  checkObject(object: Record<string, unknown>, typeIndex: number, objectIndex: number, sink: DiagnosticSink): void {
    this.sink = sink;
    this.objectIndex = objectIndex;
    this.path.reset();
    this.depth = 0;
    this.tooDeep = false;
    this.checkFields(object, this.schema.type(typeIndex));
  }

  private report(severity: Severity, ruleId: string, fieldPath: string, message: string, hint?: string): void {
    const diagnostic: Diagnostic =
      hint === undefined
        ? { severity, ruleId, fieldPath, message, objectIndex: this.objectIndex }
        : { severity, ruleId, fieldPath, message, hint, objectIndex: this.objectIndex };
    this.sink(diagnostic);
  }

  private checkFields(object: Record<string, unknown>, type: CompiledType): void {
    const fields = type.fields;
    for (const key in object) {
      const field = fields[key];
      if (field === undefined) {
        this.reportUnknownField(key, type);
        continue;
      }
      if (field.availability !== Availability.Present) {
        this.reportFieldNotInVersion(field, type);
        continue;
      }
      const value = object[key];
      // null is absent for the API; undefined is what JSON output omits.
      if (value === null || value === undefined) continue;
      this.path.pushField(key);
      this.checkValue(value, field.shape, field);
      this.path.pop();
    }
    this.reportMissing(object, type, type.required, true);
    this.reportMissing(object, type, type.requiredBySchemaOnly, false);
  }

  /** Reports the `fields` of `type` that `object` lacks (or holds as null): errors, or warnings for fields only the definitions require. */
  private reportMissing(object: Record<string, unknown>, type: CompiledType, fields: readonly CompiledField[], serverRequires: boolean): void {
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const value = Object.prototype.hasOwnProperty.call(object, field.name) ? object[field.name] : undefined;
      if (value !== undefined && value !== null) continue;
      if (serverRequires) {
        this.report('error', 'schema/required-field', this.path.child(field.name), `${type.name} requires the field "${field.name}"${value === null ? ' (it is null)' : ''}`, `add ${field.name} to this ${type.name}`);
      } else {
        this.report(
          'warning',
          'schema/required-field',
          this.path.child(field.name),
          `the OpenAPI definition of ${type.name} marks "${field.name}" as required; the API server accepts its absence`,
          `add ${field.name} to this ${type.name}, as clients that check the OpenAPI definitions expect`,
        );
      }
    }
  }

  private checkValue(value: unknown, shape: CompiledShape, field: CompiledField): void {
    switch (shape.tag) {
      case ShapeTag.String:
        if (typeof value !== 'string') return this.typeError(value, 'a string');
        if (!isWellFormed(value)) return this.malformedString(value);
        if (field.enumValues !== undefined && !field.enumValues.has(value)) this.enumError(value, field);
        return;
      case ShapeTag.Integer:
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.typeError(value, 'an integer');
        return this.checkIntegerRange(value, field.intBits);
      case ShapeTag.Number:
        if (typeof value !== 'number' || !Number.isFinite(value)) return this.typeError(value, 'a number');
        return;
      case ShapeTag.Boolean:
        if (typeof value !== 'boolean') return this.typeError(value, 'a boolean (true or false)');
        return;
      case ShapeTag.Quantity:
        if (typeof value === 'string') {
          const problem = quantityProblem(value);
          if (problem !== undefined) {
            this.report(
              'error',
              'schema/quantity',
              this.path.toString(),
              `${JSON.stringify(value)} is not a valid quantity: ${problem}`,
              "write a number with an optional suffix, e.g. '250m', '0.5', '128Mi', '1G' or '1e3'",
            );
          }
          return;
        }
        if (typeof value !== 'number' || !Number.isFinite(value)) return this.typeError(value, "a quantity (e.g. '500m' or '1Gi')");
        return;
      case ShapeTag.IntOrString:
        if (typeof value === 'string') return isWellFormed(value) ? undefined : this.malformedString(value);
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.typeError(value, 'an integer or a string');
        return this.checkIntegerRange(value, 32);
      case ShapeTag.Any:
        return;
      case ShapeTag.Object:
        if (!isPlainObject(value)) return this.typeError(value, 'an object');
        if (this.enter()) this.checkFields(value, this.schema.type(shape.typeIndex));
        this.depth--;
        return;
      case ShapeTag.Array:
        if (!Array.isArray(value)) return this.typeError(value, 'a list');
        if (this.enter()) this.checkArray(value, shape.item, field);
        this.depth--;
        return;
      case ShapeTag.Map:
        if (!isPlainObject(value)) return this.typeError(value, 'a map (an object with string keys)');
        if (this.enter()) this.checkMap(value, shape.item, field);
        this.depth--;
        return;
    }
  }

  /** A string with an unpaired UTF-16 surrogate cannot be written as UTF-8 YAML or JSON. */
  private malformedString(value: string): void {
    const at = value.search(LONE_SURROGATE);
    this.report(
      'error',
      'schema/malformed-string',
      this.path.toString(),
      `the string holds an unpaired UTF-16 surrogate at character ${at} (\\u${value.charCodeAt(at).toString(16).toUpperCase()}), which no manifest can carry`,
      'remove the character, or complete the surrogate pair (emoji and other characters outside the Basic Multilingual Plane need both halves)',
    );
  }

  /** Descends one level; false (reported once per object) beyond {@link MAX_DEPTH}. */
  private enter(): boolean {
    if (++this.depth <= MAX_DEPTH) return true;
    if (!this.tooDeep) {
      this.tooDeep = true;
      this.report('error', 'schema/too-deep', this.path.toString(), `values are nested more than ${MAX_DEPTH} levels deep; the rest was not checked`, 'flatten the value');
    }
    return false;
  }

  private checkArray(items: readonly unknown[], itemShape: CompiledShape, field: CompiledField): void {
    for (let i = 0; i < items.length; i++) {
      let item = items[i];
      if (item === null || item === undefined) {
        // Kubernetes decodes a null list item as the zero value of the item type.
        if (itemShape.tag !== ShapeTag.Object) continue;
        item = EMPTY_OBJECT;
      }
      this.path.pushIndex(i);
      this.checkValue(item, itemShape, field);
      this.path.pop();
    }
    if (items.length > 1) {
      if (field.listKeys !== undefined) {
        if (items.length > SHORT_LIST || hasSameKeys(items, field.listKeys)) this.checkListMapKeys(items, field.listKeys);
      } else if (field.isSet) this.checkSetItems(items);
    }
  }

  private checkMap(map: Record<string, unknown>, itemShape: CompiledShape, field: CompiledField): void {
    for (const key in map) {
      const value = map[key];
      if (value === null || value === undefined) continue;
      this.path.pushKey(key);
      this.checkValue(value, itemShape, field);
      this.path.pop();
    }
  }

  private checkIntegerRange(value: number, bits: 32 | 64 | undefined): void {
    if (bits === 32 && (value < INT32_MIN || value > INT32_MAX)) {
      this.report('error', 'schema/integer-range', this.path.toString(), `${value} does not fit in a 32-bit integer (${INT32_MIN} to ${INT32_MAX})`, 'use a smaller value');
    } else if (bits === 64 && (value < -INT64_LIMIT || value >= INT64_LIMIT)) {
      this.report('error', 'schema/integer-range', this.path.toString(), `${value} does not fit in a 64-bit integer`, 'use a smaller value');
    }
  }

  private typeError(value: unknown, expected: string): void {
    const hint =
      typeof value === 'number' || typeof value === 'boolean'
        ? expected === 'a string'
          ? `quote the value in YAML ("${String(value)}"): an unquoted ${String(value)} is read as a ${typeof value}`
          : undefined
        : undefined;
    this.report('error', 'schema/type', this.path.toString(), `must be ${expected}, not ${describeType(value)}`, hint);
  }

  private enumError(value: string, field: CompiledField): void {
    const elsewhere = field.enumElsewhere?.get(value);
    const allowed = [...(field.enumValues ?? [])].map((v) => JSON.stringify(v)).join(', ');
    const message =
      elsewhere !== undefined
        ? `${JSON.stringify(value)} is supported in Kubernetes ${elsewhere} only; target is ${this.schema.version}`
        : `${JSON.stringify(value)} is not a supported value`;
    this.report('error', 'schema/enum', this.path.toString(), message, `use one of: ${allowed}`);
  }

  private reportUnknownField(key: string, type: CompiledType): void {
    const suggestion = suggestName(key, type.presentNames);
    const hint =
      suggestion !== undefined
        ? `did you mean "${suggestion}"?`
        : `remove it; known fields of ${type.name}: ${type.presentNames.slice(0, 12).join(', ')}${type.presentNames.length > 12 ? ', ...' : ''}`;
    this.report('error', 'schema/unknown-field', this.path.child(key), `unknown field "${key}" in ${type.name}`, hint);
  }

  private reportFieldNotInVersion(field: CompiledField, type: CompiledType): void {
    const target = this.schema.version;
    if (field.availability === Availability.NotYet) {
      this.report(
        'error',
        'schema/field-not-in-version',
        this.path.child(field.name),
        `field ${field.name} of ${type.name} was added in Kubernetes ${field.changedIn}; target is ${target}`,
        `target Kubernetes ${field.changedIn} or later, or remove the field`,
      );
    } else {
      this.report(
        'error',
        'schema/field-not-in-version',
        this.path.child(field.name),
        `field ${field.name} of ${type.name} was removed in Kubernetes ${field.changedIn}; target is ${target}`,
        `remove the field, or target a version before ${field.changedIn}`,
      );
    }
  }

  private checkListMapKeys(items: readonly unknown[], keys: readonly string[]): void {
    const seen = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isPlainObject(item)) continue;
      let id = '';
      for (let k = 0; k < keys.length; k++) {
        let part = item[keys[k]];
        // The API defaults a missing port protocol to TCP; the key includes the default.
        if ((part === undefined || part === null) && keys[k] === 'protocol') part = 'TCP';
        id += (k === 0 ? '' : '\u0000') + (typeof part === 'string' ? part : JSON.stringify(part ?? null));
      }
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        continue;
      }
      this.path.pushIndex(i);
      const where = this.path.toString();
      this.path.pop();
      const described = keys.map((k) => `${k}=${JSON.stringify(item[k] ?? (k === 'protocol' ? 'TCP' : null))}`).join(', ');
      this.report(
        'warning',
        'schema/duplicate-item',
        where,
        `duplicate entry: item ${first} has the same key (${described})`,
        'merge or remove the duplicate: the API keeps only one entry per key when the object is applied server-side',
      );
    }
  }

  private checkSetItems(items: readonly unknown[]): void {
    const seen = new Map<unknown, number>();
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const id = typeof item === 'object' && item !== null ? JSON.stringify(item) : item;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        continue;
      }
      this.path.pushIndex(i);
      const where = this.path.toString();
      this.path.pop();
      this.report('warning', 'schema/duplicate-item', where, `duplicate value ${JSON.stringify(item)} (same as item ${first})`, 'remove the duplicate: items of this list must be unique');
    }
  }
}
