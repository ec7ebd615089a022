/**
 * Single- and double-quoted scalars, written the way the `yaml` package (2.9.1) writes them
 * with `lineWidth: 0`, except for the characters listed at {@link escapeLineBreaksAndNonPrintables}.
 */

/** Lines starting with `%`, `---` or `...`, which a reader may take for document markers. */
export const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** A double-quoted string of this length or more (JSON text) folds its `\n` escapes onto lines. */
const MIN_MULTI_LINE_LENGTH = 40;

/** Raw characters that YAML 1.1 readers cannot take as they are inside a quoted scalar. */
const LINE_BREAK_OR_NON_PRINTABLE = /[\x7f-\x9f\u2028\u2029\ufffe\uffff]/;

/**
 * Escapes the characters that JSON leaves raw but YAML 1.1 readers do not read back as they
 * are (deviation from the `yaml` package, which writes them raw):
 * - U+0085, U+2028 and U+2029 are line breaks in YAML 1.1 (libyaml and go-yaml fold them
 *   into a space or a newline), so they become `\N`, `\L`, `\P`;
 * - U+007F to U+009F (but U+0085), U+FFFE and U+FFFF are rejected by go-yaml's reader
 *   ("control characters are not allowed"), so they become `\xXX` or `\uXXXX`.
 */
function escapeLineBreaksAndNonPrintables(quoted: string): string {
  if (!LINE_BREAK_OR_NON_PRINTABLE.test(quoted)) {
    return quoted;
  }
  return quoted.replace(/[\x7f-\x9f\u2028\u2029\ufffe\uffff]/g, (ch) => {
    switch (ch) {
      case '\x85':
        return '\\N';
      case '\u2028':
        return '\\L';
      case '\u2029':
        return '\\P';
      case '\ufffe':
        return '\\uFFFE';
      case '\uffff':
        return '\\uFFFF';
      default:
        return '\\x' + ch.charCodeAt(0).toString(16);
    }
  });
}

function shortEscape(code: string): string {
  switch (code) {
    case '0000':
      return '\\0';
    case '0007':
      return '\\a';
    case '000b':
      return '\\v';
    case '001b':
      return '\\e';
    case '0085':
      return '\\N';
    case '00a0':
      return '\\_';
    case '2028':
      return '\\L';
    case '2029':
      return '\\P';
    default:
      return code.startsWith('00') ? '\\x' + code.slice(2) : '\\u' + code;
  }
}

/**
 * A double-quoted scalar: JSON string escapes with YAML's short forms for control characters;
 * outside keys, a long string's `\n` escapes become real line breaks (each followed by an
 * empty line and the indentation) and spaces around them are escaped so folding keeps them.
 *
 * @param value the string
 * @param implicitKey whether it is written as a mapping key (kept on one line)
 * @param indent the indentation of continuation lines
 */
export function doubleQuoted(value: string, implicitKey: boolean, indent: string): string {
  const json = JSON.stringify(value);
  const lineIndent = indent || (DOCUMENT_MARKER.test(value) ? '  ' : '');
  let str = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      // A space before a line break is escaped so that folding does not drop it.
      str += json.slice(start, i) + '\\ ';
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch !== '\\') {
      continue;
    }
    const next = json[i + 1];
    if (next === 'u') {
      str += json.slice(start, i) + shortEscape(json.slice(i + 2, i + 6));
      i += 5;
      start = i + 1;
    } else if (next === 'n') {
      if (implicitKey || json[i + 2] === '"' || json.length < MIN_MULTI_LINE_LENGTH) {
        i += 1;
      } else {
        // Folding eats the first line break, so each `\n` is written as an empty line.
        str += json.slice(start, i) + '\n\n';
        while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
          str += '\n';
          i += 2;
        }
        str += lineIndent;
        // A space at the start of a continuation line is escaped so folding keeps it.
        if (json[i + 2] === ' ') {
          str += '\\';
        }
        i += 1;
        start = i + 1;
      }
    } else {
      i += 1;
    }
  }
  str = start ? str + json.slice(start) : json;
  return escapeLineBreaksAndNonPrintables(str);
}

/**
 * A single-quoted scalar (`'` doubled), or a double-quoted one where single quotes cannot
 * keep the value: a key with a line break, or a line break next to a space or tab. Strings
 * that need escapes never get here: the caller sends them to {@link doubleQuoted}.
 */
export function singleQuoted(value: string, implicitKey: boolean, indent: string): string {
  if ((implicitKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) {
    return doubleQuoted(value, implicitKey, indent);
  }
  const lineIndent = indent || (DOCUMENT_MARKER.test(value) ? '  ' : '');
  const body = value.replace(/'/g, "''").replace(/\n+/g, `$&\n${lineIndent}`);
  return "'" + body + "'";
}

/**
 * A quoted scalar in the style the `yaml` package picks: single quotes for a string with
 * double quotes but no single quotes, double quotes otherwise.
 */
export function quoted(value: string, implicitKey: boolean, indent: string): string {
  if (value.includes('"') && !value.includes("'")) {
    return singleQuoted(value, implicitKey, indent);
  }
  return doubleQuoted(value, implicitKey, indent);
}
