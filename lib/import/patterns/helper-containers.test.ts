import { describe, expect, it } from 'vitest';
import { findHelpers, simpleMounts } from './helper-containers';

const fluentBit = (name: string, extra: object = {}) => ({ name, command: ['/fluent-bit/bin/fluent-bit'], args: ['-i', 'tail', '-p', 'path=/l/*.log', '-o', 'stdout'], ...extra });

describe('findHelpers', () => {
  it.each([
    ['an empty spec', {}, []],
    ['containers that are not a list', { containers: 'x', initContainers: [{ name: 'a', restartPolicy: 'Always' }] }, []],
    ['a container without a name', { initContainers: [{ restartPolicy: 'Always' }], containers: [{ name: 'a' }] }, []],
    ['a trailing run of native sidecars', { initContainers: [{ name: 'a', restartPolicy: 'Always' }, { name: 'init' }, { name: 'b', restartPolicy: 'Always' }, { name: 'c', restartPolicy: 'Always' }], containers: [{ name: 'main' }] }, ['b', 'c']],
    ['log shippers after the main container, never the main container', { containers: [fluentBit('main'), fluentBit('ship')] }, ['ship']],
    ['every container after the first is a candidate, recognized later', { containers: [{ name: 'main' }, fluentBit('ship'), { name: 'other' }] }, ['ship', 'other']],
  ])('%s', (_name, spec, expected) => {
    expect(findHelpers(spec as never).map((h) => h.name)).toEqual(expected);
  });
});

describe('simpleMounts', () => {
  it('keeps only mounts a pattern can make: name, mountPath and readOnly', () => {
    const mounts = simpleMounts({
      volumeMounts: [
        { name: 'a', mountPath: '/a' },
        { name: 'b', mountPath: '/b', readOnly: true },
        { name: 'c', mountPath: '/c', subPath: 'x' },
        { name: 'd', mountPath: '/d', readOnly: 'yes' },
        { name: 'e' },
        'f',
      ],
    } as never);
    expect(mounts).toEqual([
      { mount: { name: 'a', mountPath: '/a', readOnly: undefined }, index: 0 },
      { mount: { name: 'b', mountPath: '/b', readOnly: true }, index: 1 },
    ]);
  });
});
