/**
 * Escapes of UTF-16 surrogates in double-quoted YAML scalars.
 *
 * The `yaml` package reads `"\ud83d\ude00"` as the emoji it spells in JSON and
 * `"\ud800"` as a lone surrogate. Kubernetes' YAML reader (go-yaml v2, like libyaml, in
 * `yaml_parser_scan_flow_scalar`) refuses any `\u` or `\U` escape whose value is a
 * surrogate (U+D800 to U+DFFF), paired or not, with "found invalid Unicode character
 * escape code": the whole document cannot be read. JSON input is another matter (see
 * `json-stream.ts`): Go's JSON decoder joins pairs and replaces lone halves.
 */
import type * as YamlModule from 'yaml';
import { READ_RULES } from '../read-problem';
import type { OffsetProblem } from './ast-to-data';

/**
 * Finds the first `\u` or `\U` escape of a surrogate in the raw text of a double-quoted
 * scalar (quotes included).
 *
 * @param raw the scalar as written in the file
 * @returns the offset of the escape's backslash in `raw` and the escaped value, or undefined
 */
export function findSurrogateEscape(raw: string): { readonly at: number; readonly codePoint: number } | undefined {
  for (let at = raw.indexOf('\\'); at !== -1; at = raw.indexOf('\\', at + 2)) {
    const letter = raw[at + 1];
    if (letter !== 'u' && letter !== 'U') continue;
    const digits = raw.slice(at + 2, at + (letter === 'u' ? 6 : 10));
    if (!/^[0-9a-fA-F]+$/.test(digits)) continue; // malformed escapes are the parser's to report
    const codePoint = parseInt(digits, 16);
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) return { at, codePoint };
  }
  return undefined;
}

/**
 * The problem of the first double-quoted scalar of `doc` (keys included) that escapes a
 * surrogate, as go-yaml v2 stops at the first one.
 *
 * @param yaml the `yaml` package
 * @param doc a parsed document whose ranges are offsets in `source`
 * @param source the text the document was parsed from
 * @returns a `yaml/syntax` problem with its offset in `source`, or undefined
 */
export function surrogateEscapeProblem(yaml: typeof YamlModule, doc: YamlModule.Document.Parsed, source: string): OffsetProblem | undefined {
  let found: OffsetProblem | undefined;
  yaml.visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'QUOTE_DOUBLE' || node.range === undefined || node.range === null) return undefined;
      const start = node.range[0];
      const raw = source.slice(start, node.range[1]);
      const escape = findSurrogateEscape(raw);
      if (escape === undefined) return undefined;
      if (found === undefined || start + escape.at < found.offset) {
        const code = escape.codePoint.toString(16).toUpperCase();
        found = {
          ruleId: READ_RULES.syntax,
          message: `malformed YAML: the escape \\u${code} stands for a UTF-16 surrogate, which YAML does not allow (Kubernetes stops with "found invalid Unicode character escape code")`,
          hint: 'write the character itself, or one \\U escape of its code point (e.g. \\U0001F600 for 😀 instead of \\uD83D\\uDE00)',
          offset: start + escape.at,
        };
      }
      return undefined;
    },
  });
  return found;
}
