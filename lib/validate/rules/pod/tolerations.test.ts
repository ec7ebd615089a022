import { describe, expect, it } from 'vitest';
import { tolerations } from './tolerations';
import { DEGENERATE_SPECS, summarize } from './testkit';

const pod = (extra: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x' }], ...extra });

describe('tolerations on degenerate input', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(tolerations, spec)).toEqual([]);
  });
});

const T = 'spec.tolerations[0]';
describe('scheduling/tolerations', () => {
  it.each([
    ['a good toleration', { key: 'gpu', operator: 'Equal', value: 'true', effect: 'NoSchedule' }, []],
    ['match everything', { operator: 'Exists' }, []],
    ['no key with Equal', { value: 'x' }, [`error scheduling/tolerations ${T}.operator`]],
    ['Exists with a value', { key: 'gpu', operator: 'Exists', value: 'true' }, [`error scheduling/tolerations ${T}.operator`]],
    ['an unknown operator', { key: 'gpu', operator: 'In' }, [`error scheduling/tolerations ${T}.operator`]],
    ['an unknown effect', { key: 'gpu', operator: 'Exists', effect: 'NoExec' }, [`error scheduling/tolerations ${T}.effect`]],
    ['tolerationSeconds without NoExecute', { key: 'gpu', operator: 'Exists', tolerationSeconds: 30 }, [`error scheduling/tolerations ${T}.effect`]],
    ['tolerationSeconds with NoExecute', { key: 'gpu', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }, []],
    ['a bad key', { key: 'a b', operator: 'Exists' }, [`error scheduling/tolerations ${T}.key`]],
  ])('%s', (_label, toleration, expected) => {
    expect(summarize(tolerations, pod({ tolerations: [toleration] }))).toEqual(expected);
  });
});
