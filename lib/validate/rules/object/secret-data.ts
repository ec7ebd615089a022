/**
 * `secret/data`: the keys of a Secret's `data` and `stringData` are config map keys,
 * `data` values are base64, all values (stringData merged over data) hold at most 1 MiB,
 * and the well-known types have their keys: `kubernetes.io/tls` both `tls.crt` and
 * `tls.key`, `kubernetes.io/basic-auth` `username` or `password`, `kubernetes.io/ssh-auth`
 * a non-empty `ssh-privatekey`, `kubernetes.io/dockercfg` and
 * `kubernetes.io/dockerconfigjson` a JSON object under `.dockercfg` / `.dockerconfigjson`,
 * and `kubernetes.io/service-account-token` the annotation
 * `kubernetes.io/service-account.name`.
 */
import { keyPath } from '../../field-path';
import { getObject, getString } from '../../primitives/access';
import { base64DecodedLength, base64Problem } from '../../primitives/base64';
import { checkConfigMapKey } from '../../primitives/names';
import type { ObjectRule, RuleContext } from '../../rule';
import { MAX_DATA_BYTES } from './configmap-data';

/** One key of the merged data: where it was written and its decoded value (undefined: not decodable). */
interface Entry {
  readonly path: string;
  readonly value: Buffer | undefined;
}

/** Follows core ValidateSecret (stringData merged into data as the v1 conversion does) and the JSON decoding of data. */
export const secretData: ObjectRule = {
  id: 'secret/data',
  kinds: ['Secret'],
  check(object, ctx) {
    const merged = new Map<string, Entry>();
    collect(object, 'data', merged, ctx);
    collect(object, 'stringData', merged, ctx);
    let total = 0;
    for (const entry of merged.values()) total += entry.value?.length ?? 0;
    if (total > MAX_DATA_BYTES) {
      ctx.report({
        fieldPath: 'data',
        message: `the Secret holds ${total} bytes of data, more than the limit of ${MAX_DATA_BYTES} bytes (1 MiB)`,
        hint: 'split the data over several Secrets',
      });
    }
    checkType(object, merged, ctx);
  },
};

function collect(object: Record<string, unknown>, bag: 'data' | 'stringData', merged: Map<string, Entry>, ctx: RuleContext): void {
  const values = getObject(object, bag);
  if (values === undefined) return;
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (value === null || value === undefined) continue;
    const path = keyPath(bag, key);
    const problem = checkConfigMapKey(key);
    if (problem !== undefined) {
      ctx.report({ fieldPath: path, message: `${JSON.stringify(key)} is not a valid Secret key: it ${problem}`, hint: "use keys like 'password' or 'tls.crt'" });
    }
    if (typeof value !== 'string') continue; // the schema reports the type
    if (bag === 'stringData') {
      merged.set(key, { path, value: Buffer.from(value, 'utf8') });
      continue;
    }
    if (base64DecodedLength(value) === undefined) {
      ctx.report({
        fieldPath: path,
        message: `data values are base64; this one ${base64Problem(value)}`,
        hint: 'encode the value with standard padded base64 (e.g. \'base64 -w0\'), or move it to stringData as plain text',
      });
      merged.set(key, { path, value: undefined });
    } else merged.set(key, { path, value: Buffer.from(value.replace(/[\r\n]/g, ''), 'base64') });
  }
}

function checkType(object: Record<string, unknown>, merged: Map<string, Entry>, ctx: RuleContext): void {
  const type = getString(object, 'type') ?? '';
  const need = (key: string, message: string) => ctx.report({ fieldPath: keyPath('data', key), message, hint: `add ${key} under data or stringData` });
  switch (type) {
    case 'kubernetes.io/service-account-token': {
      const name = getString(getObject(getObject(object, 'metadata'), 'annotations'), 'kubernetes.io/service-account.name') ?? '';
      if (name === '') {
        ctx.report({
          fieldPath: keyPath('metadata.annotations', 'kubernetes.io/service-account.name'),
          message: 'a service account token Secret needs the annotation kubernetes.io/service-account.name',
          hint: 'set the annotation to the name of the ServiceAccount the token is for',
        });
      }
      return;
    }
    case 'kubernetes.io/dockercfg':
    case 'kubernetes.io/dockerconfigjson': {
      const key = type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
      const entry = merged.get(key);
      if (entry === undefined) return need(key, `a ${type} Secret needs the key ${key}`);
      if (entry.value === undefined) return; // reported as bad base64
      if (!isJsonObject(entry.value.toString('utf8'))) {
        ctx.report({ fieldPath: entry.path, message: `${key} must hold a JSON object`, hint: 'e.g. {"auths":{"registry.example.com":{"auth":"..."}}}' });
      }
      return;
    }
    case 'kubernetes.io/basic-auth':
      if (!merged.has('username') && !merged.has('password')) {
        need('username', 'a kubernetes.io/basic-auth Secret needs the key username or password');
        need('password', 'a kubernetes.io/basic-auth Secret needs the key username or password');
      }
      return;
    case 'kubernetes.io/ssh-auth': {
      const entry = merged.get('ssh-privatekey');
      if (entry === undefined || entry.value?.length === 0) need('ssh-privatekey', 'a kubernetes.io/ssh-auth Secret needs a non-empty ssh-privatekey');
      return;
    }
    case 'kubernetes.io/tls':
      if (!merged.has('tls.crt')) need('tls.crt', 'a kubernetes.io/tls Secret needs the key tls.crt');
      if (!merged.has('tls.key')) need('tls.key', 'a kubernetes.io/tls Secret needs the key tls.key');
      return;
    default:
      return;
  }
}

/** True when Go's json.Unmarshal into a map would accept `text` (a JSON object, or null). */
function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed === null || (typeof parsed === 'object' && !Array.isArray(parsed));
  } catch {
    return false;
  }
}
