/**
 * Prints the code model as TypeScript, formatted the way a person would write it: an
 * expression stays on one line when it fits in the width, otherwise objects and arrays get
 * one entry per line and a call keeps its last object argument on the call's line.
 */
import { isPlainObject, type Expr, type JsonValue, type Statement } from './code-model';
import { commentText, numberLiteral, propertyKey, stringLiteral } from './ts-literal';

/** Keys whose numbers are file modes, printed in octal (`0o644`) as people write them. */
const OCTAL_KEYS: ReadonlySet<string> = new Set(['defaultMode', 'mode']);

const INDENT = '  ';

/** An entry of an object or an item of an array, made uniform for printing. */
interface Part {
  readonly prefix: string;
  readonly value: Expr | JsonValue;
  readonly isExpr: boolean;
  readonly octal: boolean;
}

/** Prints statements and expressions of the code model. */
export class TypeScriptPrinter {
  /**
   * @param width the line width to fit expressions in @default 100
   */
  public constructor(private readonly width = 100) {}

  /** The statements as source lines, each statement ending with `;`. */
  public statements(statements: readonly Statement[]): string {
    const lines: string[] = [];
    for (const statement of statements) {
      switch (statement.kind) {
        case 'blank':
          lines.push('');
          break;
        case 'comment':
          lines.push(`// ${commentText(statement.text)}`);
          break;
        case 'const': {
          const head = `const ${statement.name} = `;
          lines.push(`${head}${this.expression(statement.value, '', head.length)};`);
          break;
        }
        case 'expression':
          lines.push(`${this.expression(statement.value, '', 0)};`);
          break;
      }
    }
    return lines.join('\n');
  }

  /**
   * One expression, starting at `column` of a line indented by `indent`.
   * @param expr the expression
   * @param indent the indentation of the line the expression starts on
   * @param column where on that line it starts
   */
  public expression(expr: Expr, indent: string, column: number): string {
    return this.print({ prefix: '', value: expr, isExpr: true, octal: false }, indent, column);
  }

  private print(part: Part, indent: string, column: number): string {
    const flat = this.flat(part, this.width - column - 1);
    if (flat !== undefined) return flat;
    const { value } = part;
    if (part.isExpr) {
      const expr = value as Expr;
      switch (expr.kind) {
        case 'json':
          return this.print({ ...part, value: expr.value, isExpr: false }, indent, column);
        case 'object':
          return this.block('{', '}', expr.entries.map((e) => ({ prefix: `${propertyKey(e.key)}: `, value: e.value, isExpr: true, octal: OCTAL_KEYS.has(e.key) })), indent);
        case 'array':
          return this.block('[', ']', expr.items.map((item) => ({ prefix: '', value: item, isExpr: true, octal: false })), indent);
        case 'call':
        case 'new':
          return this.callBroken(expr, indent, column);
        default:
          return this.flat(part, Number.POSITIVE_INFINITY) as string;
      }
    }
    const data = value as JsonValue;
    if (Array.isArray(data)) return this.block('[', ']', data.map((item) => ({ prefix: '', value: item, isExpr: false, octal: part.octal })), indent);
    if (isPlainObject(data)) {
      return this.block(
        '{',
        '}',
        setFields(data).map((key) => ({ prefix: `${propertyKey(key)}: `, value: data[key], isExpr: false, octal: OCTAL_KEYS.has(key) })),
        indent,
      );
    }
    return this.flat(part, Number.POSITIVE_INFINITY) as string;
  }

  private block(open: string, close: string, parts: readonly Part[], indent: string): string {
    if (parts.length === 0) return `${open}${close}`;
    const inner = indent + INDENT;
    const lines = parts.map((part) => `${inner}${part.prefix}${this.print(part, inner, inner.length + part.prefix.length)},`);
    return `${open}\n${lines.join('\n')}\n${indent}${close}`;
  }

  private callBroken(expr: Extract<Expr, { kind: 'call' | 'new' }>, indent: string, column: number): string {
    const head = `${expr.kind === 'new' ? 'new ' : ''}${this.flat({ prefix: '', value: expr.callee, isExpr: true, octal: false }, Number.POSITIVE_INFINITY)}(`;
    const args = expr.args.map((arg) => ({ prefix: '', value: arg, isExpr: true, octal: false }));
    const last = expr.args[expr.args.length - 1];
    if (last !== undefined && isBlock(last)) {
      const leading = args.slice(0, -1).map((arg) => this.flat(arg, this.width));
      if (leading.every((text) => text !== undefined)) {
        const before = `${head}${leading.map((text) => `${text}, `).join('')}`;
        if (column + before.length < this.width) {
          return `${before}${this.print(args[args.length - 1], indent, column + before.length)})`;
        }
      }
    }
    if (args.length === 0) return `${head})`;
    const inner = indent + INDENT;
    const lines = args.map((arg) => `${inner}${this.print(arg, inner, inner.length)},`);
    return `${head}\n${lines.join('\n')}\n${indent})`;
  }

  /** The part on one line, or undefined when it is longer than `budget` characters. */
  private flat(part: Part, budget: number): string | undefined {
    const out: string[] = [];
    const remaining = { budget };
    const ok = part.isExpr ? this.flatExpr(part.value as Expr, out, remaining, part.octal) : this.flatJson(part.value as JsonValue, part.octal, out, remaining);
    return ok ? out.join('') : undefined;
  }

  private push(out: string[], text: string, remaining: { budget: number }): boolean {
    remaining.budget -= text.length;
    out.push(text);
    return remaining.budget >= 0;
  }

  private flatExpr(expr: Expr, out: string[], remaining: { budget: number }, octal = false): boolean {
    switch (expr.kind) {
      case 'json':
        return this.flatJson(expr.value, octal, out, remaining);
      case 'symbol':
        return this.push(out, expr.name, remaining);
      case 'variable':
        return this.push(out, expr.name, remaining);
      case 'member':
        return this.flatExpr(expr.object, out, remaining) && this.push(out, `.${expr.property}`, remaining);
      case 'object':
        return this.flatList('{ ', ' }', '{}', expr.entries.length, (i) => this.push(out, `${propertyKey(expr.entries[i].key)}: `, remaining) && this.flatExpr(expr.entries[i].value, out, remaining, OCTAL_KEYS.has(expr.entries[i].key)), out, remaining);
      case 'array':
        return this.flatList('[', ']', '[]', expr.items.length, (i) => this.flatExpr(expr.items[i], out, remaining), out, remaining);
      case 'call':
      case 'new':
        if (expr.kind === 'new' && !this.push(out, 'new ', remaining)) return false;
        return (
          this.flatExpr(expr.callee, out, remaining) &&
          this.flatList('(', ')', '()', expr.args.length, (i) => this.flatExpr(expr.args[i], out, remaining), out, remaining)
        );
    }
  }

  private flatJson(value: JsonValue, octal: boolean, out: string[], remaining: { budget: number }): boolean {
    if (value === null) return this.push(out, 'null', remaining);
    if (typeof value === 'string') return this.push(out, stringLiteral(value), remaining);
    if (typeof value === 'number') return this.push(out, numberLiteral(value, octal), remaining);
    if (typeof value === 'boolean') return this.push(out, String(value), remaining);
    if (Array.isArray(value)) {
      const items = value as readonly JsonValue[];
      return this.flatList('[', ']', '[]', items.length, (i) => this.flatJson(items[i], octal, out, remaining), out, remaining);
    }
    const record = value as { readonly [key: string]: JsonValue };
    const keys = setFields(record);
    return this.flatList(
      '{ ',
      ' }',
      '{}',
      keys.length,
      (i) => this.push(out, `${propertyKey(keys[i])}: `, remaining) && this.flatJson(record[keys[i]], OCTAL_KEYS.has(keys[i]), out, remaining),
      out,
      remaining,
    );
  }

  private flatList(open: string, close: string, empty: string, count: number, item: (index: number) => boolean, out: string[], remaining: { budget: number }): boolean {
    if (count === 0) return this.push(out, empty, remaining);
    if (!this.push(out, open, remaining)) return false;
    for (let i = 0; i < count; i++) {
      if (i > 0 && !this.push(out, ', ', remaining)) return false;
      if (!item(i)) return false;
    }
    return this.push(out, close, remaining);
  }
}

/**
 * The keys of a JSON object whose value is not null: a null field is the same as an absent
 * one to the API server (and cdk8s drops it), and leaving it out keeps the code type-correct.
 */
export function setFields(record: { readonly [key: string]: JsonValue }): string[] {
  return Object.keys(record).filter((key) => record[key] !== null);
}

/** Whether an expression prints as a block (an object or array) that can open on the call's line. */
function isBlock(expr: Expr): boolean {
  if (expr.kind === 'object' || expr.kind === 'array') return true;
  return expr.kind === 'json' && typeof expr.value === 'object' && expr.value !== null;
}
