import { quoted } from './quoted-scalar';

/**
 * Literal block scalars (`|`), written the way the `yaml` package (2.9.1) writes multi-line
 * strings with `lineWidth: 0` (which never folds, so never picks `>`), with two deviations
 * that make the output readable by libyaml-based readers such as go-yaml:
 *
 * - At the document root the `yaml` package writes the lines unindented (`|-` then `a` at
 *   column 0), which libyaml and go-yaml refuse (a block scalar's content needs at least one
 *   space of indentation there); and where the text starts with a space it writes `|1-`,
 *   which neither libyaml nor the `yaml` package reads back. Root block scalars are written
 *   indented by two spaces (with `|2` where an indicator is needed), as the `yaml` package
 *   itself does for texts holding a document marker.
 * - When the first line with content starts with a tab, libyaml stops with "found a tab
 *   character where an indentation space is expected" unless the header carries an
 *   indentation indicator, so the header gets one (`|2-`).
 * - When all lines are blank but some hold spaces or tabs (`" \n"`), the `yaml` package
 *   writes a block without an indicator and every reader takes those spaces for
 *   indentation, reading `"\n"`. Such a string is double-quoted instead, as the `yaml`
 *   package already does when the last line is blank.
 */

// Runs of line breaks inside the trailing whitespace that are followed by more of it.
const BLOCK_END_NEWLINES = /(^|(?<!\n))\n+(?!\n|$)/g;

/**
 * A literal block scalar for a multi-line `value`, or a quoted scalar when its last line is
 * only spaces or tabs (which a block scalar cannot keep).
 *
 * @param value the string, holding a line break or a document marker
 * @param indent the indentation of the node (`''` at the document root)
 */
export function literalBlock(value: string, indent: string): string {
  // A last line of only spaces or tabs, or (deviation) only blank lines with spaces or tabs.
  if (/\n[\t ]+$/.test(value) || /^[\n\t ]*[\t ][\n\t ]*$/.test(value)) {
    return quoted(value, false, indent);
  }
  const lineIndent = indent || '  ';
  if (!value) {
    return '|\n';
  }
  // Chomping from the whitespace at the end.
  let endStart = value.length;
  while (endStart > 0) {
    const ch = value[endStart - 1];
    if (ch !== '\n' && ch !== '\t' && ch !== ' ') {
      break;
    }
    endStart--;
  }
  let end = value.substring(endStart);
  const endNewline = end.indexOf('\n');
  let chomp: string;
  if (endNewline === -1) {
    chomp = '-';
  } else if (value === end || endNewline !== end.length - 1) {
    chomp = '+';
  } else {
    chomp = '';
  }
  let body = value;
  if (end) {
    body = body.slice(0, -end.length);
    if (end[end.length - 1] === '\n') {
      end = end.slice(0, -1);
    }
    end = end.replace(BLOCK_END_NEWLINES, `$&${lineIndent}`);
  }
  // Indentation indicator from the whitespace at the start.
  let startsWithSpace = false;
  let startEnd: number;
  let lastLeadingNewline = -1;
  for (startEnd = 0; startEnd < body.length; ++startEnd) {
    const ch = body[startEnd];
    if (ch === ' ') {
      startsWithSpace = true;
    } else if (ch === '\n') {
      lastLeadingNewline = startEnd;
    } else {
      break;
    }
  }
  const startsWithTab = body[startEnd] === '\t';
  let start = body.substring(0, lastLeadingNewline < startEnd ? lastLeadingNewline + 1 : startEnd);
  if (start) {
    body = body.substring(start.length);
    start = start.replace(/\n+/g, `$&${lineIndent}`);
  }
  const header = (startsWithSpace || startsWithTab ? '2' : '') + chomp;
  body = body.replace(/\n+/g, `$&${lineIndent}`);
  return `|${header}\n${lineIndent}${start}${body}${end}`;
}

