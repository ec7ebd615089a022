/**
 * The generated app as data: expressions and statements that the TypeScript emitter prints
 * and the evaluator runs in-process, so the code that is printed is the code that was
 * checked to give back the input objects.
 */

/** Modules the generated code imports from, by the name a user's project knows them under. */
export type ModuleName = 'cdk8s' | 'podsmith' | 'podsmith/patterns';

/** A value read from a manifest: plain JSON. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One entry of an object literal. */
export interface ObjectEntry {
  /** The key, as in the manifest. */
  readonly key: string;
  /** The value. */
  readonly value: Expr;
}

/** An expression of the generated code. */
export type Expr =
  | { readonly kind: 'json'; readonly value: JsonValue }
  | { readonly kind: 'object'; readonly entries: readonly ObjectEntry[] }
  | { readonly kind: 'array'; readonly items: readonly Expr[] }
  | { readonly kind: 'symbol'; readonly module: ModuleName; readonly name: string }
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'member'; readonly object: Expr; readonly property: string }
  | { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[] }
  | { readonly kind: 'new'; readonly callee: Expr; readonly args: readonly Expr[] };

/** A statement of the generated code. */
export type Statement =
  | { readonly kind: 'const'; readonly name: string; readonly value: Expr }
  | { readonly kind: 'expression'; readonly value: Expr }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'blank' };

/** Plain data, printed as a literal. */
export function json(value: JsonValue): Expr {
  return { kind: 'json', value };
}

/** An object literal with the given entries, in order. */
export function object(entries: readonly ObjectEntry[]): Expr {
  return { kind: 'object', entries };
}

/** An array literal. */
export function array(items: readonly Expr[]): Expr {
  return { kind: 'array', items };
}

/** A name imported from a module, e.g. `Probe` from podsmith. */
export function symbol(module: ModuleName, name: string): Expr {
  return { kind: 'symbol', module, name };
}

/** A variable of the generated code. */
export function variable(name: string): Expr {
  return { kind: 'variable', name };
}

/** `callee(args)`. */
export function call(callee: Expr, ...args: Expr[]): Expr {
  return { kind: 'call', callee, args };
}

/** `target.method(args)`. */
export function callMethod(target: Expr, method: string, ...args: Expr[]): Expr {
  return { kind: 'call', callee: { kind: 'member', object: target, property: method }, args };
}

/** `new callee(args)`. */
export function construct(callee: Expr, ...args: Expr[]): Expr {
  return { kind: 'new', callee, args };
}

/** `const name = value;` */
export function constStatement(name: string, value: Expr): Statement {
  return { kind: 'const', name, value };
}

/** `value;` */
export function expressionStatement(value: Expr): Statement {
  return { kind: 'expression', value };
}

/** An object literal from entries whose value may be absent: absent ones are left out. */
export function objectOf(entries: ReadonlyArray<readonly [string, Expr | undefined]>): Expr {
  return object(entries.filter((entry): entry is readonly [string, Expr] => entry[1] !== undefined).map(([key, value]) => ({ key, value })));
}

/** Whether an object expression has no entries (so an options argument can be left out). */
export function isEmptyObject(expr: Expr): boolean {
  return (expr.kind === 'object' && expr.entries.length === 0) || (expr.kind === 'json' && isPlainObject(expr.value) && Object.keys(expr.value).length === 0);
}

/** True for a JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The modules and names an expression or statements use, for the import lines. */
export function collectSymbols(statements: readonly Statement[]): Map<ModuleName, Set<string>> {
  const found = new Map<ModuleName, Set<string>>();
  const visit = (expr: Expr): void => {
    switch (expr.kind) {
      case 'symbol': {
        const names = found.get(expr.module) ?? new Set<string>();
        names.add(expr.name);
        found.set(expr.module, names);
        return;
      }
      case 'object':
        expr.entries.forEach((entry) => visit(entry.value));
        return;
      case 'array':
        expr.items.forEach(visit);
        return;
      case 'member':
        visit(expr.object);
        return;
      case 'call':
      case 'new':
        visit(expr.callee);
        expr.args.forEach(visit);
        return;
      default:
        return;
    }
  };
  for (const statement of statements) {
    if (statement.kind === 'const' || statement.kind === 'expression') visit(statement.value);
  }
  return found;
}
