/**
 * A scanner for secret values written literally into pod specs: in `env[].value`, `command`
 * and `args`, where anyone who can read the Deployment (or the chart's YAML in git) reads
 * them. A value that is only a Kubernetes variable reference, `$(NAME)`, is not a secret: the
 * kubelet expands it at container start from the container's env, e.g. one read with
 * `Env.fromSecretKey`.
 */
import { containerPlaces, renderPath } from './manifest-paths';

/** One literal that looks like a secret. */
export interface LiteralSecret {
  /** Field path of the literal, e.g. `spec.containers[0].env[1].value`. */
  readonly fieldPath: string;
  /** Why it looks like a secret. */
  readonly reason: string;
}

/** Names of variables and options that hold secrets: PASSWORD, DB_PASSWD, API_KEY, auth_token ... */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[-_]?key|private[-_]?key|credentials?|auth)$/i;
/** A URL with a password in its user info: `scheme://user:password@host`. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@/i;
/** `name=value` options, as in `-p http_passwd=...` or `--password=...`. */
const OPTION = /^-{0,2}([A-Za-z0-9_.-]+)=(.*)$/s;
/** A value that is nothing but variable references the kubelet expands. */
const ONLY_REFERENCES = /^(\$\([A-Za-z_][A-Za-z0-9_.-]*\))+$/;

function secretIn(text: string, name: string | undefined): string | undefined {
  if (text.includes('-----BEGIN')) return 'holds a PEM block';
  const url = URL_PASSWORD.exec(text);
  if (url && !ONLY_REFERENCES.test(url[1])) return 'holds a URL with a password';
  if (name !== undefined && SECRET_NAME.test(name) && text !== '' && !ONLY_REFERENCES.test(text)) return `sets ${name}, which names a secret, to a literal`;
  const option = OPTION.exec(text);
  if (option && SECRET_NAME.test(option[1]) && option[2] !== '' && !ONLY_REFERENCES.test(option[2])) return `sets option ${option[1]}, which names a secret, to a literal`;
  return undefined;
}

/** Every literal in the object's containers (and init containers) that looks like a secret. */
export function findLiteralSecrets(object: Record<string, unknown>): LiteralSecret[] {
  const found: LiteralSecret[] = [];
  for (const place of containerPlaces(object)) {
    const env = Array.isArray(place.container.env) ? (place.container.env as Record<string, unknown>[]) : [];
    env.forEach((variable, index) => {
      if (typeof variable?.value !== 'string') return;
      const reason = secretIn(variable.value, typeof variable.name === 'string' ? variable.name : undefined);
      if (reason) found.push({ fieldPath: renderPath([...place.steps, 'env', index, 'value']), reason });
    });
    for (const field of ['command', 'args'] as const) {
      const list = place.container[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        const reason = typeof item === 'string' ? secretIn(item, undefined) : undefined;
        if (reason) found.push({ fieldPath: renderPath([...place.steps, field, index]), reason });
      });
    }
  }
  return found;
}
