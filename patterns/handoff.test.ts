import { describe, expect, it } from 'vitest';
import { Handoff } from './handoff';

describe('Handoff', () => {
  it.each([
    ['env', Handoff.env('UPSTREAM'), { env: [{ name: 'UPSTREAM', value: 'db:5432' }], args: [] }, 'UPSTREAM'],
    ['args', Handoff.args((v) => ['--upstream', v]), { env: [], args: ['--upstream', 'db:5432'] }, undefined],
    ['args that ignore the value', Handoff.args(() => []), { env: [], args: [] }, undefined],
    ['none', Handoff.none(), { env: [], args: [] }, undefined],
  ])('%s delivers db:5432', (_case, handoff, delivered, envName) => {
    expect(handoff.deliver('db:5432')).toEqual(delivered);
    expect(handoff.envName).toBe(envName);
  });

  it('copies the arguments the function returns', () => {
    const fixed = ['--a'];
    const result = Handoff.args(() => fixed).deliver('x');
    expect(result.args).toEqual(['--a']);
    expect(result.args).not.toBe(fixed);
  });

  it.each(['', '  '])('refuses the env name %j', (name) => {
    expect(() => Handoff.env(name)).toThrow('Handoff.env: name: needs a non-empty environment variable name, e.g. "UPSTREAM"');
  });

  it('refuses args without a function', () => {
    expect(() => Handoff.args(undefined as unknown as (v: string) => string[])).toThrow(/Handoff\.args: render: needs a function/);
  });
});
