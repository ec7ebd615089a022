/**
 * Label and annotation maps as apimachinery validates them (`ValidateLabels`,
 * `ValidateAnnotations`): qualified-name keys, label values, and the 256 KiB limit on
 * the total size of annotations.
 */
import { keyPath } from '../field-path';
import type { RuleContext } from '../rule';
import { isObject } from './access';
import { labelValueProblem, qualifiedNameProblem } from './fast-names';

const UPPER_CASE = /[A-Z]/;

/** Largest total size of an object's annotations, keys plus values, in bytes. */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/**
 * Reports every invalid key and value of the label map at `path` (e.g.
 * `metadata.labels`); values that are not strings are left to the schema layer.
 * @returns true when every entry is valid
 */
export function checkLabels(labels: unknown, path: string, ctx: RuleContext, what = 'label'): boolean {
  if (!isObject(labels)) return true;
  let valid = true;
  for (const key of Object.keys(labels)) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem !== undefined) {
      valid = false;
      ctx.report({
        fieldPath: keyPath(path, key),
        message: `${what} key ${JSON.stringify(key)} is invalid: ${keyProblem}`,
        hint: "use a key like 'app' or 'example.com/tier'",
      });
    }
    const value = labels[key];
    if (typeof value !== 'string') continue;
    const valueProblem = labelValueProblem(value);
    if (valueProblem !== undefined) {
      valid = false;
      ctx.report({
        fieldPath: keyPath(path, key),
        message: `${what} value ${JSON.stringify(value)} of key ${JSON.stringify(key)} is invalid: ${valueProblem}`,
        hint: 'label values are at most 63 characters of letters, digits, -, _ and ., beginning and ending with a letter or digit; put longer text in an annotation',
      });
    }
  }
  return valid;
}

/** The UTF-8 size of a string, in bytes (its length when it is ASCII). */
export function utf8Length(text: string): number {
  return NON_ASCII.test(text) ? Buffer.byteLength(text, 'utf8') : text.length;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Reports every invalid annotation key (a qualified name, compared in lower case) and an
 * annotation map whose keys and values together exceed {@link ANNOTATIONS_MAX_BYTES}.
 */
export function checkAnnotations(annotations: unknown, path: string, ctx: RuleContext): void {
  if (!isObject(annotations)) return;
  let total = 0;
  for (const key of Object.keys(annotations)) {
    const problem = qualifiedNameProblem(UPPER_CASE.test(key) ? key.toLowerCase() : key);
    if (problem !== undefined) {
      ctx.report({
        fieldPath: keyPath(path, key),
        message: `annotation key ${JSON.stringify(key)} is invalid: ${problem}`,
        hint: "use a key like 'description' or 'example.com/owner'",
      });
    }
    const value = annotations[key];
    total += utf8Length(key) + (typeof value === 'string' ? utf8Length(value) : 0);
  }
  if (total > ANNOTATIONS_MAX_BYTES) {
    ctx.report({
      fieldPath: path,
      message: `annotations total ${total} bytes, more than the limit of ${ANNOTATIONS_MAX_BYTES} bytes (256 KiB)`,
      hint: 'store large data in a ConfigMap and reference it from an annotation',
    });
  }
}
