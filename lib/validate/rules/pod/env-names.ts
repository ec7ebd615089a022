import { DNS1123_SUBDOMAIN_MAX } from '../../primitives/names';

/** First minor version with relaxed environment variable names on by default. */
export const RELAXED_ENV_NAMES_MINOR = 32;

const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

function chDirProblem(value: string): string | undefined {
  if (value === '.') return "must not be '.'";
  if (value === '..') return "must not be '..'";
  if (value.startsWith('..')) return "must not start with '..'";
  return undefined;
}

/**
 * Checks an environment variable name (or an `envFrom` prefix) for the target version.
 * Before 1.32: letters, digits, '_', '-' and '.', not starting with a digit
 * (`IsEnvVarName`). From 1.32 (RelaxedEnvironmentVariableValidation): any printable ASCII
 * character except '=' (`IsRelaxedEnvVarName`). Returns what is wrong or `undefined`.
 */
export function checkEnvVarName(name: string, minor: number): string | undefined {
  if (minor >= RELAXED_ENV_NAMES_MINOR) {
    // Code units: a character outside ASCII has units above 0x7e, as its code point has.
    for (let i = 0; i < name.length; i++) {
      const code = name.charCodeAt(i);
      if (code < 0x20 || code > 0x7e || code === 0x3d) return "must consist of printable ASCII characters except '='";
    }
    return undefined;
  }
  if (!ENV_VAR_NAME.test(name)) {
    return "must consist of letters, digits, '_', '-' or '.', and must not start with a digit (e.g. 'MY_ENV.NAME')";
  }
  return chDirProblem(name);
}

/** Checks a ConfigMap or Secret key (`IsConfigMapKey`). Returns what is wrong or `undefined`. */
export function checkConfigMapKey(key: string): string | undefined {
  if (key.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`;
  if (!CONFIG_MAP_KEY.test(key)) return "must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name')";
  return chDirProblem(key);
}
