import { describe, expect, it } from 'vitest';
import { EmitProblem, asEmitProblem, describeCycle, describeNonJson } from './emit-problem';
import { UnwritableStringError } from './string-scalar';

describe('describeNonJson', () => {
  it.each([
    [undefined, 'is undefined'],
    [NaN, 'is NaN'],
    [-Infinity, 'is -Infinity'],
    [1n, 'is a bigint'],
    [() => 1, 'is a function'],
    [Symbol('s'), 'is a symbol'],
    [new Date(0), 'is a Date, not a plain object or array'],
    [new (class Port {})(), 'is a Port, not a plain object or array'],
  ])('%#: %s', (value, problem) => {
    const described = describeNonJson(value);
    expect(described.problem).toBe(problem);
    expect(described.fix.length).toBeGreaterThan(0);
  });
});

describe('describeCycle', () => {
  it('reports the path down to the first container met again', () => {
    const a = {};
    const b = {};
    const c = {};
    // a > b > c > b: the second b is at depth 3.
    const problem = describeCycle([a, b, c, b, c, b]);
    expect(problem.pathLength).toBe(3);
    problem.reversedPath.push('x', 'y', 'z', 'w', 'v');
    expect(problem.toError(['document']).path).toBe('document.v.w.z');
  });
});

describe('EmitProblem.toError', () => {
  it('puts the root before the path', () => {
    const problem = new EmitProblem('is NaN', 'Use a number.');
    problem.reversedPath.push('replicas', 'spec');
    const error = problem.toError(['documents', 3]);
    expect(error.path).toBe('documents[3].spec.replicas');
    expect(error.message).toBe('Cannot write YAML: documents[3].spec.replicas is NaN. Use a number.');
  });
});

describe('asEmitProblem', () => {
  it('turns an unwritable string into a problem and leaves other errors', () => {
    expect(asEmitProblem(new UnwritableStringError('holds a surrogate'))).toBeInstanceOf(EmitProblem);
    const other = new TypeError('x');
    expect(asEmitProblem(other)).toBe(other);
  });
});
