import { describe, expect, it } from 'vitest';
import { array, call, callMethod, construct, constStatement, expressionStatement, json, object, symbol, variable, type Expr } from './code-model';
import { TypeScriptPrinter } from './emit-ts';

const print = (expr: Expr, width = 100): string => new TypeScriptPrinter(width).expression(expr, '', 0);

describe('TypeScriptPrinter.expression', () => {
  it.each([
    ['null', json(null), 'null'],
    ['boolean', json(true), 'true'],
    ['string', json('a'), "'a'"],
    ['empty object', json({}), '{}'],
    ['empty array', json([]), '[]'],
    ['empty object expression', object([]), '{}'],
    ['flat object', json({ name: 'nginx', ports: [{ containerPort: 80 }] }), "{ name: 'nginx', ports: [{ containerPort: 80 }] }"],
    ['null fields left out, null items kept', json({ a: null, b: [null, 1] }), '{ b: [null, 1] }'],
    ['odd keys quoted', json({ 'app.kubernetes.io/name': 'web' }), "{ 'app.kubernetes.io/name': 'web' }"],
    ['__proto__ key computed', json(JSON.parse('{"__proto__": "x"}')), "{ ['__proto__']: 'x' }"],
    ['file modes in octal', json({ defaultMode: 420, items: [{ key: 'a', path: 'a', mode: 256 }], other: 420 }), "{ defaultMode: 0o644, items: [{ key: 'a', path: 'a', mode: 0o400 }], other: 420 }"],
    ['static call', call({ kind: 'member', object: symbol('podsmith', 'Cpu'), property: 'millis' }, json(200)), 'Cpu.millis(200)'],
    ['new', construct(symbol('podsmith', 'Chart'), variable('app'), json('web')), "new Chart(app, 'web')"],
    ['method call', callMethod(variable('app'), 'synth'), 'app.synth()'],
  ])('%s', (_name, expr, expected) => {
    expect(print(expr)).toBe(expected);
  });

  it('breaks an object that does not fit into one entry per line, with trailing commas', () => {
    expect(print(json({ name: 'a-rather-long-container-name', image: 'registry.example.com/team/image:1.2.3' }), 40)).toBe(
      ["{", "  name: 'a-rather-long-container-name',", "  image: 'registry.example.com/team/image:1.2.3',", '}'].join('\n'),
    );
  });

  it('keeps what fits on one line inside a broken block', () => {
    const text = print(json({ containers: [{ name: 'web', image: 'nginx' }], nodeSelector: { disktype: 'ssd', zone: 'eu-west-1a' } }), 60);
    expect(text).toBe(["{", "  containers: [{ name: 'web', image: 'nginx' }],", "  nodeSelector: { disktype: 'ssd', zone: 'eu-west-1a' },", '}'].join('\n'));
  });

  it("opens the last object argument of a call on the call's line", () => {
    const expr = construct(symbol('podsmith', 'Pod'), variable('chart'), json('web'), object([{ key: 'containers', value: json([{ name: 'nginx', image: 'nginx:1.27' }]) }]));
    expect(print(expr, 60)).toBe(["new Pod(chart, 'web', {", "  containers: [{ name: 'nginx', image: 'nginx:1.27' }],", '})'].join('\n'));
  });

  it('puts each argument on its own line when the leading ones do not fit', () => {
    const expr = call(symbol('podsmith', 'f'), json('a'.repeat(30)), json('b'.repeat(30)), array([json(1)]));
    expect(print(expr, 40)).toBe(['f(', `  '${'a'.repeat(30)}',`, `  '${'b'.repeat(30)}',`, '  [1],', ')'].join('\n'));
  });

  it('leaves a string longer than the width whole', () => {
    const long = 'x'.repeat(150);
    expect(print(json({ command: ['sh', '-c', long] }))).toBe(['{', `  command: [`, `    'sh',`, `    '-c',`, `    '${long}',`, '  ],', '}'].join('\n'));
  });

  it('prints deep nesting without trouble', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < 900; i++) value = { a: value };
    const text = print(json(value as never));
    expect(text.split('\n').length).toBeGreaterThan(1000);
    expect(new Function(`return (${text})`)()).toEqual(value);
  });
});

describe('TypeScriptPrinter.statements', () => {
  it('prints consts, expressions, comments and blank lines', () => {
    const text = new TypeScriptPrinter().statements([
      { kind: 'comment', text: 'from a.yaml\n// evil' },
      constStatement('app', construct(symbol('podsmith', 'App'))),
      { kind: 'blank' },
      expressionStatement(callMethod(variable('app'), 'synth')),
    ]);
    expect(text).toBe(['// from a.yaml\\n// evil', 'const app = new App();', '', 'app.synth();'].join('\n'));
  });
});
