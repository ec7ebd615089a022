import { describe, expect, it } from 'vitest';
import { Pod, Probe } from '../index';
import { call, callMethod, construct, constStatement, json, object, symbol, variable } from './code-model';
import { copyJson, evaluate, run } from './evaluate';

const none = new Map<string, unknown>();

describe('evaluate', () => {
  it('copies plain data, so constructs never share the input', () => {
    const input = { a: [1, { b: 'c' }] };
    const value = evaluate(json(input), none);
    expect(value).toEqual(input);
    expect(value).not.toBe(input);
  });

  it('keeps a __proto__ key an own field and pollutes nothing', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
    const copied = copyJson(input) as Record<string, unknown>;
    expect(Object.keys(copied)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
    const built = evaluate(object([{ key: '__proto__', value: json({ polluted: true }) }]), none) as Record<string, unknown>;
    expect(Object.keys(built)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('calls the real factories and constructors', () => {
    const probe = evaluate(call({ kind: 'member', object: symbol('podsmith', 'Probe'), property: 'tcpSocket' }, json(80)), none);
    expect(probe).toBeInstanceOf(Probe);
    expect((probe as Probe).toJson()).toEqual({ tcpSocket: { port: 80 } });
  });

  it('runs statements with variables in scope', () => {
    const variables = new Map<string, unknown>();
    run(
      [
        constStatement('app', construct(symbol('podsmith', 'App'))),
        constStatement('chart', construct(symbol('podsmith', 'Chart'), variable('app'), json('c'))),
        constStatement('pod', construct(symbol('podsmith', 'Pod'), variable('chart'), json('web'), json({ containers: [{ name: 'a', image: 'b' }] }))),
        { kind: 'expression', value: callMethod(variable('pod'), 'addInitContainer', json({ name: 'init', image: 'b' })) },
      ],
      variables,
    );
    const pod = variables.get('pod') as Pod;
    expect(pod).toBeInstanceOf(Pod);
    expect(pod.spec.initContainerNames).toEqual(['init']);
  });

  it('refuses unknown names and variables with an error', () => {
    expect(() => evaluate(symbol('podsmith', 'NoSuchThing'), none)).toThrow('podsmith has no export NoSuchThing');
    expect(() => evaluate(variable('missing'), none)).toThrow('no variable missing in scope');
  });
});
