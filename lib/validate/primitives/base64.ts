/**
 * Standard base64 as the API server decodes `[]byte` fields from JSON (Go's
 * `base64.StdEncoding`): padded to a multiple of four characters, `+` and `/`, with
 * line breaks (`\r`, `\n`) ignored anywhere.
 */

const PADDED_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const LINE_BREAKS = /[\r\n]/g;

/** The decoded size in bytes of `text`, or `undefined` when it is not padded standard base64. */
export function base64DecodedLength(text: string): number | undefined {
  const compact = text.includes('\n') || text.includes('\r') ? text.replace(LINE_BREAKS, '') : text;
  if (!PADDED_BASE64.test(compact)) return undefined;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return (compact.length / 4) * 3 - padding;
}

/** What is wrong with `text` as standard base64, or `undefined` when it decodes. */
export function base64Problem(text: string): string | undefined {
  if (base64DecodedLength(text) !== undefined) return undefined;
  const compact = text.replace(LINE_BREAKS, '');
  const bad = /[^A-Za-z0-9+/=]/.exec(compact);
  if (bad !== null) return `has the character ${JSON.stringify(bad[0])}, which is not in the base64 alphabet (A-Z, a-z, 0-9, '+', '/', '=')`;
  if (compact.length % 4 !== 0) return `has ${compact.length} characters, not a multiple of 4 (standard base64 is padded with '=')`;
  return "has '=' padding in the middle";
}
