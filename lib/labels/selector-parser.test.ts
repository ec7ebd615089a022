import { describe, expect, it } from 'vitest';
import { renderRequirement } from './requirement';
import { parseSelector } from './selector-parser';
import { SelectorSyntaxError } from './selector-syntax-error';

function restring(selector: string): string {
  return parseSelector(selector).map(renderRequirement).join(',');
}

describe('parseSelector accepts what labels.Parse accepts', () => {
  it.each([
    ['', ''],
    ['  ', ''],
    ['x=a,y=b,z=c', 'x=a,y=b,z=c'],
    ['x!=a,y=b', 'x!=a,y=b'],
    ['x=', 'x='],
    ['x= ', 'x='],
    ['x=,z= ', 'x=,z='],
    ['x= ,z= ', 'x=,z='],
    ['!x', '!x'],
    ['! x', '!x'],
    ['x>1', 'x>1'],
    ['x>1,z<5', 'x>1,z<5'],
    ['x==y', 'x==y'],
    ['\rx', 'x'],
    ['a ', 'a'],
    ['this-is-a-dns.domain.com/key-with-dash', 'this-is-a-dns.domain.com/key-with-dash'],
    ['this-is-another-dns.domain.com/key-with-dash in (so,what)', 'this-is-another-dns.domain.com/key-with-dash in (so,what)'],
    ['0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)', '0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)'],
    ['foo  in\t (abc)', 'foo in (abc)'],
    ['x notin\n (abc)', 'x notin (abc)'],
    ['x in(abc)', 'x in (abc)'],
    ['x in (abc,)', 'x in (,abc)'],
    ['x in ()', 'x in ()'],
    ['x notin ( )', 'x notin ()'],
    ['x notin (, a)', 'x notin (,a)'],
    ['x in (a,,,b)', 'x in (,a,b)'],
    ['x in (a,,b)', 'x in (,a,b)'],
    ['x in (,)', 'x in ()'],
    ['x in (b,a,b)', 'x in (a,b)'],
    ['x notin (abc,,def),bar,z in (),w', 'bar,w,x notin (,abc,def),z in ()'],
    ['x,y in (a)', 'x,y in (a)'],
    ['x=a,a=x', 'a=x,x=a'],
    ['a in (x,y,notin, z,in)', 'a in (in,notin,x,y,z)'],
    ['notin=in', 'notin=in'],
    ['in', 'in'],
    ['in in (in)', 'in in (in)'],
    ['env=dev,tier in (a,b),!canary', '!canary,env=dev,tier in (a,b)'],
    ['x=b,x=a', 'x=b,x=a'],
    // A NUL character ends the selector, as it does for the API server.
    ['x=a \0 garbage', 'x=a'],
  ])('%j', (selector, expected) => {
    expect(restring(selector)).toBe(expected);
  });

  it('keeps operators, keys and sorted, de-duplicated values', () => {
    expect(parseSelector('tier in (b, a, b), !canary, env==dev')).toEqual([
      { key: 'canary', operator: 'DoesNotExist', values: [] },
      { key: 'env', operator: 'DoubleEquals', values: ['dev'] },
      { key: 'tier', operator: 'In', values: ['a', 'b'] },
    ]);
  });
});

describe('parseSelector rejects what labels.Parse rejects, saying where and what was expected', () => {
  it.each([
    ['env in (a', 10, "')'", undefined],
    ['(', 1, "a label key, '!' or the end of the selector", '('],
    [',x,y', 1, "a label key, '!' or the end of the selector", ','],
    ['x,,y', 3, "a label key or '!' after ','", ','],
    ['a in (xyz),', 12, "a label key or '!' after ','", undefined],
    ['x==a==b', 5, "',' or the end of the selector", '=='],
    ['!x=a', 3, "',' or the end of the selector", '='],
    ['x=a b', 5, "',' or the end of the selector", 'b'],
    ['a in (xyz)b notin ()', 11, "',' or the end of the selector", 'b'],
    ['!', 2, 'a label key', undefined],
    ['!!x', 2, 'a label key', '!'],
    ['x nott in (y)', 3, "an operator (=, ==, !=, in, notin, >, <), ',' or the end of the selector", 'nott'],
    ['a (', 3, "an operator (=, ==, !=, in, notin, >, <), ',' or the end of the selector", '('],
    ['in (a)', 4, "an operator (=, ==, !=, in, notin, >, <), ',' or the end of the selector", '('],
    ['x in a', 6, "'('", 'a'],
    ['a notin(', 9, "a value, ',' or ')'", undefined],
    ['x in (=)', 7, "a value, ',' or ')'", '='],
    ['a in (xyz abc)', 11, "',' or ')'", 'abc'],
    ['x in (a,=)', 9, "a value, ',' or ')'", '='],
    ['x in (a,', 9, "a value or ')'", undefined],
    ['x in (,,)', 9, "a value or ','", ')'],
    ['x in (a,,)', 10, "a value or ','", ')'],
    ['x=(', 3, 'a value', '('],
    ['x<a', 3, 'an integer', 'a'],
    ['x>', 3, 'an integer', undefined],
    ['x>99999999999999999999', 3, 'an integer', '99999999999999999999'],
    ['x=a||y=b', 3, 'a valid label value', 'a||y'],
    [`x in (ok,${'a'.repeat(64)})`, 10, 'a valid label value', 'a'.repeat(64)],
    ['-env', 1, 'a valid label key', '-env'],
    ['env,a/b/c', 5, 'a valid label key', 'a/b/c'],
    ['_env!=x', 1, 'a valid label key', '_env'],
    ['Env_ironment!=x_', 15, 'a valid label value', 'x_'],
  ] as const)('%j at column %d', (selector, column, expected, found) => {
    let error: unknown;
    try {
      parseSelector(selector);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SelectorSyntaxError);
    expect(error).toMatchObject({ selector, column, expected, found });
  });

  it('gives the reason a key or value is invalid', () => {
    expect(() => parseSelector('-env')).toThrow(
      `invalid label selector "-env": expected a valid label key at column 1, found '-env': name part must consist of alphanumeric characters`,
    );
    expect(() => parseSelector('x<a')).toThrow(`expected an integer at column 3, found 'a': '>' and '<' compare whole numbers`);
  });
});
