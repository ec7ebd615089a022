import { describe, expect, it } from 'vitest';
import { containerPolicies } from './container-policies';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withFields = (fields: Record<string, unknown>) => ({ containers: [{ name: 'a', image: 'x', ...fields }] });

describe('container/policies', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(containerPolicies, spec)).toEqual([]);
  });

  it.each([
    ['defaults', withFields({}), []],
    ['IfNotPresent', withFields({ imagePullPolicy: 'IfNotPresent' }), []],
    ['a lower-case pull policy', withFields({ imagePullPolicy: 'always' }), ['error container/image-pull-policy spec.containers[0].imagePullPolicy']],
    ['FallbackToLogsOnError', withFields({ terminationMessagePolicy: 'FallbackToLogsOnError' }), []],
    ['an unknown termination message policy', withFields({ terminationMessagePolicy: 'Logs' }), ['error container/termination-message-policy spec.containers[0].terminationMessagePolicy']],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(containerPolicies, spec)).toEqual(expected);
  });
});
