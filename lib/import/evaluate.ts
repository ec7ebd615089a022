/**
 * Runs the code model in-process with the real podsmith, patterns and cdk8s modules, so
 * the importer can check that the code it prints gives back the input objects before it
 * prints it.
 */
import * as cdk8s from 'cdk8s';
import * as patterns from '../../patterns';
import * as podsmith from '../index';
import { isPlainObject, type Expr, type JsonValue, type ModuleName, type Statement } from './code-model';

const MODULES: Readonly<Record<ModuleName, Readonly<Record<string, unknown>>>> = {
  cdk8s: cdk8s as unknown as Record<string, unknown>,
  podsmith: podsmith as unknown as Record<string, unknown>,
  'podsmith/patterns': patterns as unknown as Record<string, unknown>,
};

/** Sets an own, enumerable data property, also for `__proto__` (which assignment would treat as the prototype). */
function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A fresh copy of plain data, so constructs never share (or change) the input; null fields
 * are left out, as the printed code leaves them out (Kubernetes reads them as absent).
 */
export function copyJson(value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map((item: JsonValue) => copyJson(item));
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) if (value[key] !== null) defineField(result, key, copyJson(value[key]));
    return result;
  }
  return value;
}

/**
 * The value of an expression.
 * @param expr the expression
 * @param variables the variables in scope, by name
 * @throws whatever the constructs and value objects throw (usage errors), and Error for an unknown name
 */
export function evaluate(expr: Expr, variables: ReadonlyMap<string, unknown>): unknown {
  switch (expr.kind) {
    case 'json':
      return copyJson(expr.value);
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const entry of expr.entries) defineField(result, entry.key, evaluate(entry.value, variables));
      return result;
    }
    case 'array':
      return expr.items.map((item) => evaluate(item, variables));
    case 'symbol': {
      const value = MODULES[expr.module][expr.name];
      if (value === undefined) throw new Error(`${expr.module} has no export ${expr.name}`);
      return value;
    }
    case 'variable': {
      if (!variables.has(expr.name)) throw new Error(`no variable ${expr.name} in scope`);
      return variables.get(expr.name);
    }
    case 'member':
      return Reflect.get(evaluate(expr.object, variables) as object, expr.property);
    case 'call': {
      const args = expr.args.map((arg) => evaluate(arg, variables));
      if (expr.callee.kind === 'member') {
        const target = evaluate(expr.callee.object, variables) as object;
        const method = Reflect.get(target, expr.callee.property) as (...a: unknown[]) => unknown;
        return Reflect.apply(method, target, args);
      }
      return Reflect.apply(evaluate(expr.callee, variables) as (...a: unknown[]) => unknown, undefined, args);
    }
    case 'new': {
      const args = expr.args.map((arg) => evaluate(arg, variables));
      return Reflect.construct(evaluate(expr.callee, variables) as new (...a: unknown[]) => unknown, args);
    }
  }
}

/**
 * Runs statements in order; each `const` adds its variable to `variables`.
 * @throws whatever a statement throws
 */
export function run(statements: readonly Statement[], variables: Map<string, unknown>): void {
  for (const statement of statements) {
    if (statement.kind === 'const') variables.set(statement.name, evaluate(statement.value, variables));
    else if (statement.kind === 'expression') evaluate(statement.value, variables);
  }
}
