import { describe, expect, it } from 'vitest';
import { construct, expressionStatement, json, symbol, variable } from './code-model';
import { disproof } from './verify';

const context = { chartVariable: 'chart' };
const newPod = (props: unknown) => [expressionStatement(construct(symbol('podsmith', 'Pod'), variable('chart'), json('web'), json(props as never)))];
const expected = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'c', image: 'i' }] } };

describe('disproof', () => {
  it('finds nothing when the statements render the object', () => {
    expect(disproof(newPod({ containers: [{ name: 'c', image: 'i' }] }), expected, context)).toBeUndefined();
  });

  it('names the fields that differ', () => {
    expect(disproof(newPod({ containers: [{ name: 'c', image: 'j' }] }), expected, context)).toBe('the rendered object differs: spec.containers[0].image changed');
  });

  it('reports a construct that refuses the props, without throwing', () => {
    expect(disproof(newPod({ containers: [{ name: '', image: 'i' }] }), expected, context)).toMatch(/^the constructs refuse it: .*a container needs a non-empty name/);
  });

  it('reports statements that render no object or two', () => {
    expect(disproof([], expected, context)).toBe('the statements render 0 objects instead of one');
  });
});
