/**
 * Name and key syntaxes of the Kubernetes API (apimachinery's validation of
 * identifiers). Each check returns `undefined` when the value is valid, or a
 * sentence saying what is wrong with it.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const C_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IANA_SVC_NAME = /^[-a-z0-9]+$/;
const HAS_LETTER = /[a-z]/;

/** Longest DNS-1123 label (RFC 1123), and longest label value. */
export const DNS1123_LABEL_MAX = 63;
/** Longest DNS-1123 subdomain. */
export const DNS1123_SUBDOMAIN_MAX = 253;
/** Longest IANA service name (a named port). */
export const IANA_SVC_NAME_MAX = 15;

/** A DNS-1123 label: lower-case alphanumerics and '-', starting and ending alphanumeric, at most 63 characters. */
export function checkDns1123Label(value: string): string | undefined {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (has ${value.length})`;
  if (!DNS1123_LABEL.test(value)) {
    return "must be a lowercase RFC 1123 label: lower-case alphanumeric characters or '-', starting and ending with an alphanumeric character (e.g. 'my-name')";
  }
  return undefined;
}

/** A DNS-1123 subdomain: one or more DNS-1123 labels joined by '.', at most 253 characters. */
export function checkDns1123Subdomain(value: string): string | undefined {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters (has ${value.length})`;
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return "must be a lowercase RFC 1123 subdomain: lower-case alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character (e.g. 'example.com')";
  }
  return undefined;
}

/** A DNS-1035 label: like a DNS-1123 label but starting with a letter. */
export function checkDns1035Label(value: string): string | undefined {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (has ${value.length})`;
  if (!DNS1035_LABEL.test(value)) {
    return "must be a DNS-1035 label: lower-case alphanumeric characters or '-', starting with a letter and ending with an alphanumeric character (e.g. 'my-name')";
  }
  return undefined;
}

/**
 * A qualified name, the syntax of label and annotation keys: an optional DNS-1123
 * subdomain prefix and '/', then a name of at most 63 characters made of
 * alphanumerics, '-', '_' and '.', starting and ending alphanumeric.
 */
export function checkQualifiedName(value: string): string | undefined {
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) return 'prefix part must be non-empty';
    const prefixProblem = checkDns1123Subdomain(prefix);
    if (prefixProblem) return `prefix part ${prefixProblem}`;
  } else {
    return "must be a qualified name: a name with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName'), with at most one '/'";
  }
  if (name.length === 0) return 'name part must be non-empty';
  if (name.length > DNS1123_LABEL_MAX) return `name part must be no more than ${DNS1123_LABEL_MAX} characters (has ${name.length})`;
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', 'my.name' or '123-abc')";
  }
  return undefined;
}

/** A label value: empty, or at most 63 alphanumerics, '-', '_' and '.', starting and ending alphanumeric. */
export function checkLabelValue(value: string): string | undefined {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (has ${value.length})`;
  if (!LABEL_VALUE.test(value)) {
    return "a valid label value must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
}

/** A C identifier: letters, digits and '_', not starting with a digit. */
export function checkCIdentifier(value: string): string | undefined {
  if (!C_IDENTIFIER.test(value)) {
    return "must be a C identifier: letters, digits and '_', not starting with a digit (e.g. 'MY_NAME')";
  }
  return undefined;
}

/**
 * An IANA service name, the syntax of a named port: at most 15 lower-case
 * alphanumerics and '-', with at least one letter, no leading, trailing or double '-'.
 */
export function checkIanaSvcName(value: string): string | undefined {
  if (value.length > IANA_SVC_NAME_MAX) return `must be no more than ${IANA_SVC_NAME_MAX} characters (has ${value.length})`;
  if (!IANA_SVC_NAME.test(value)) return "must contain only lower-case alphanumeric characters and '-'";
  if (value.includes('--')) return "must not contain consecutive hyphens ('--')";
  if (value.startsWith('-') || value.endsWith('-')) return "must not begin or end with a hyphen";
  if (!HAS_LETTER.test(value)) return 'must contain at least one letter (a-z)';
  return undefined;
}

const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

/**
 * A key of ConfigMap or Secret data (apimachinery `IsConfigMapKey`): at most 253
 * letters, digits, '-', '_' and '.'; not `.` or `..` and not starting with `..`.
 */
export function checkConfigMapKey(value: string): string | undefined {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters (has ${value.length})`;
  if (!CONFIG_MAP_KEY.test(value)) return "must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', 'KEY_NAME' or 'key-name')";
  if (value === '.' || value === '..') return `must not be '${value}'`;
  if (value.startsWith('..')) return "must not start with '..'";
  return undefined;
}
