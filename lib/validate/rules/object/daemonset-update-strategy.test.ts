import { describe, expect, it } from 'vitest';
import { daemonSetUpdateStrategy } from './daemonset-update-strategy';
import { type Expected, daemonSet, expected, run } from './testkit';

const strategy = (value: unknown) => daemonSet({ spec: { updateStrategy: value } });
const RU = 'spec.updateStrategy.rollingUpdate';

describe('daemonset/update-strategy', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no strategy', daemonSet(), []],
    ['OnDelete', strategy({ type: 'OnDelete' }), []],
    ['unknown type', strategy({ type: 'Recreate' }), [['spec.updateStrategy.type']]],
    ['rolling defaults', strategy({ type: 'RollingUpdate' }), []],
    ['surge with unavailable 0', strategy({ rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }), []],
    ['surge with the default unavailable', strategy({ rollingUpdate: { maxSurge: 1 } }), [[`${RU}.maxSurge`]]],
    ['both set', strategy({ rollingUpdate: { maxUnavailable: '10%', maxSurge: '10%' } }), [[`${RU}.maxSurge`]]],
    ['both 0', strategy({ rollingUpdate: { maxUnavailable: 0 } }), [[`${RU}.maxUnavailable`]]],
    ['over 100%', strategy({ rollingUpdate: { maxUnavailable: '150%' } }), [[`${RU}.maxUnavailable`]]],
    ['negative', strategy({ rollingUpdate: { maxUnavailable: -1 } }), [[`${RU}.maxUnavailable`]]],
  ])('%s', (_name, object, list) => expect(run(daemonSetUpdateStrategy, object)).toEqual(expected(list)));
});
