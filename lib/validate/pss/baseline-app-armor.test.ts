import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from '../rules/pod/testkit';
import { baselineAppArmor } from './baseline-app-armor';

const c = { name: 'app', image: 'nginx:1.27' };

describe('pss/baseline-app-armor', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(baselineAppArmor, spec)).toEqual([]);
  });

  it.each([
    ['RuntimeDefault', { containers: [c], securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }, []],
    ['Unconfined on the pod', { containers: [c], securityContext: { appArmorProfile: { type: 'Unconfined' } } }, ['error pss/baseline-app-armor spec.securityContext.appArmorProfile.type']],
    ['Unconfined on a container', { containers: [{ ...c, securityContext: { appArmorProfile: { type: 'Unconfined' } } }] }, ['error pss/baseline-app-armor spec.containers[0].securityContext.appArmorProfile.type']],
  ] as Array<[string, unknown, string[]]>)('%s', (_label, spec, expected) => {
    expect(summarize(baselineAppArmor, spec)).toEqual(expected);
  });
});

describe('pss/baseline-app-armor before the fields exist', () => {
  it.each([
    [29, []],
    [30, ['error pss/baseline-app-armor spec.securityContext.appArmorProfile.type']],
  ])('Unconfined on the pod on 1.%i (unknown field before 1.30)', (minor, expected) => {
    const spec = { containers: [c], securityContext: { appArmorProfile: { type: 'Unconfined' } } };
    expect(summarize(baselineAppArmor, spec, { minor })).toEqual(expected);
  });

  it('still checks the annotations on 1.29', () => {
    const metadata = { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } };
    expect(summarize(baselineAppArmor, { containers: [c] }, { minor: 29, metadata })).toEqual(['error pss/baseline-app-armor metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]']);
  });
});

describe('pss/baseline-app-armor annotations', () => {
  it.each([
    ['runtime/default', []],
    ['localhost/my-profile', []],
    ['unconfined', ['error pss/baseline-app-armor metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]']],
  ])('%s', (value, expected) => {
    const metadata = { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': value } };
    expect(summarize(baselineAppArmor, { containers: [c] }, { metadata })).toEqual(expected);
  });
});
