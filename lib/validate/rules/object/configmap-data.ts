/**
 * `configmap/data`: the keys of a ConfigMap's `data` and `binaryData` are config map keys
 * (letters, digits, '-', '_' and '.', at most 253 characters, not `.`/`..` or starting
 * with `..`), no key is in both, `binaryData` values are base64, and all values together
 * hold at most 1 MiB.
 */
import { keyPath } from '../../field-path';
import { getObject, ownValue } from '../../primitives/access';
import { base64DecodedLength, base64Problem } from '../../primitives/base64';
import { utf8Length } from '../../primitives/labels';
import { checkConfigMapKey } from '../../primitives/names';
import type { ObjectRule } from '../../rule';

/** The most data a ConfigMap or Secret holds (core `MaxSecretSize`), in bytes. */
export const MAX_DATA_BYTES = 1024 * 1024;

/** Follows core ValidateConfigMap (keys with apimachinery IsConfigMapKey) and the JSON decoding of binaryData. */
export const configMapData: ObjectRule = {
  id: 'configmap/data',
  kinds: ['ConfigMap'],
  check(object, ctx) {
    const data = getObject(object, 'data');
    const binaryData = getObject(object, 'binaryData');
    let total = 0;
    for (const [bag, values, other, otherName] of [
      ['data', data, binaryData, 'binaryData'],
      ['binaryData', binaryData, data, 'data'],
    ] as const) {
      if (values === undefined) continue;
      for (const key of Object.keys(values)) {
        const value = ownValue(values, key);
        if (value === null || value === undefined) continue;
        const path = keyPath(bag, key);
        const problem = checkConfigMapKey(key);
        if (problem !== undefined) {
          ctx.report({ fieldPath: path, message: `${JSON.stringify(key)} is not a valid ConfigMap key: it ${problem}`, hint: "use keys like 'app.properties' or 'LOG_LEVEL'" });
        }
        const twin = other === undefined ? undefined : ownValue(other, key);
        if (twin !== undefined && twin !== null) {
          ctx.report({ fieldPath: path, message: `key ${JSON.stringify(key)} is also in ${otherName}`, hint: 'a key may be in data or in binaryData, not both' });
        }
        if (typeof value !== 'string') continue; // the schema reports the type
        if (bag === 'data') {
          total += utf8Length(value);
          continue;
        }
        const size = base64DecodedLength(value);
        if (size === undefined) {
          ctx.report({
            fieldPath: path,
            message: `binaryData values are base64; this one ${base64Problem(value)}`,
            hint: "encode the bytes with standard padded base64 (e.g. 'base64 -w0 file'), or put text in data",
          });
        } else total += size;
      }
    }
    if (total > MAX_DATA_BYTES) {
      ctx.report({
        fieldPath: '',
        message: `the ConfigMap holds ${total} bytes of data, more than the limit of ${MAX_DATA_BYTES} bytes (1 MiB)`,
        hint: 'split the data over several ConfigMaps, or mount it from a volume',
      });
    }
  },
};
