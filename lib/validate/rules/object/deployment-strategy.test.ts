import { describe, expect, it } from 'vitest';
import { deploymentStrategy } from './deployment-strategy';
import { type Expected, deployment, expected, run } from './testkit';

const strategy = (value: unknown) => deployment({ spec: { strategy: value } });
const RU = 'spec.strategy.rollingUpdate';

describe('deployment/strategy', () => {
  it.each<[string, unknown, Expected[]]>([
    ['no strategy', deployment(), []],
    ['Recreate', strategy({ type: 'Recreate' }), []],
    ['Recreate with rollingUpdate', strategy({ type: 'Recreate', rollingUpdate: { maxSurge: 1 } }), [[RU]]],
    ['unknown type', strategy({ type: 'BlueGreen' }), [['spec.strategy.type']]],
    ['rolling defaults', strategy({ type: 'RollingUpdate' }), []],
    ['surge 0 keeps the default unavailable 25%', strategy({ rollingUpdate: { maxSurge: 0 } }), []],
    ['unavailable 0 keeps the default surge 25%', strategy({ rollingUpdate: { maxUnavailable: 0 } }), []],
    ['both 0', strategy({ rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } }), [[`${RU}.maxUnavailable`]]],
    ['both 0%', strategy({ rollingUpdate: { maxUnavailable: '0%', maxSurge: 0 } }), [[`${RU}.maxUnavailable`]]],
    ['percent', strategy({ rollingUpdate: { maxUnavailable: '50%', maxSurge: '200%' } }), []],
    ['over 100%', strategy({ rollingUpdate: { maxUnavailable: '101%' } }), [[`${RU}.maxUnavailable`]]],
    ['negative', strategy({ rollingUpdate: { maxSurge: -1 } }), [[`${RU}.maxSurge`]]],
    ['not a percentage', strategy({ rollingUpdate: { maxSurge: 'one' } }), [[`${RU}.maxSurge`]]],
    ['string number', strategy({ rollingUpdate: { maxUnavailable: '1' } }), [[`${RU}.maxUnavailable`]]],
  ])('%s', (_name, object, list) => expect(run(deploymentStrategy, object)).toEqual(expected(list)));
});
