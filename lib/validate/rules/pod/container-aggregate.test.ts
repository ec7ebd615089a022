import { describe, expect, it } from 'vitest';
import type { PodSite } from '../../rule';
import { aggregateContainers } from './container-aggregate';
import { siteContainers } from './pod-containers';
import { formatExact } from './resource-quantity';

const site = (spec: unknown): PodSite => ({ ownerKind: 'Pod', specPath: 'spec', spec, metadataPath: 'metadata', metadata: {}, isTemplate: false });
const ctr = (resources: unknown, extra: Record<string, unknown> = {}) => ({ name: 'c', image: 'x', resources, ...extra });
const sidecar = (resources: unknown) => ctr(resources, { restartPolicy: 'Always' });
const req = (cpu: string) => ({ requests: { cpu } });

/** The aggregate of `name` in `list` as decimal text, or `undefined`. */
function aggregate(spec: unknown, list: 'requests' | 'limits' = 'requests', minor = 36, name = 'cpu'): string | undefined {
  const total = aggregateContainers(siteContainers(site(spec), minor), name, list);
  return total === undefined ? undefined : formatExact(total);
}

describe('aggregateContainers', () => {
  it.each([
    ['no containers', {}, undefined],
    ['no container names the resource', { containers: [ctr({ requests: { memory: '1Gi' } }), ctr(undefined)] }, undefined],
    ['a sum over containers', { containers: [ctr(req('500m')), ctr(req('250m'))] }, '0.75'],
    ['a limit stands for a missing request', { containers: [ctr({ limits: { cpu: '2' } }), ctr(req('1'))] }, '3'],
    ['a request of zero is kept', { containers: [ctr({ requests: { cpu: '0' }, limits: { cpu: '2' } })] }, '0'],
    ['an unusable request is skipped', { containers: [ctr({ requests: { cpu: '-1' }, limits: { cpu: '2' } }), ctr(req('1'))] }, '1'],
    ['the largest init container', { containers: [ctr(req('1'))], initContainers: [ctr(req('3')), ctr(req('2'))] }, '3'],
    ['init containers below the containers', { containers: [ctr(req('1'))], initContainers: [ctr(req('500m'))] }, '1'],
    ['sidecars add to the containers', { containers: [ctr(req('1'))], initContainers: [sidecar(req('500m')), sidecar(req('250m'))] }, '1.75'],
    ['an init container runs beside the sidecars started before it', { containers: [ctr(req('1'))], initContainers: [sidecar(req('1')), ctr(req('1500m')), sidecar(req('1'))] }, '3'],
    ['an init container without the resource still counts the sidecars', { containers: [], initContainers: [sidecar(req('1')), ctr(undefined)] }, '1'],
  ])('requests: %s', (_label, spec, expected) => {
    expect(aggregate(spec)).toBe(expected);
  });

  it('adds limits the same way, without falling back to requests', () => {
    const spec = { containers: [ctr({ limits: { cpu: '1' } }), ctr(req('5'))], initContainers: [sidecar({ limits: { cpu: '1' } }), ctr({ limits: { cpu: '1500m' } })] };
    expect(aggregate(spec, 'limits')).toBe('2.5');
  });

  it('treats restartPolicy Always as an ordinary init container before native sidecars (1.28)', () => {
    const spec = { containers: [ctr(req('1'))], initContainers: [sidecar(req('500m'))] };
    expect(aggregate(spec, 'requests', 28)).toBe('1');
    expect(aggregate(spec, 'requests', 29)).toBe('1.5');
  });

  it('reads bytes exactly', () => {
    const spec = { containers: [ctr({ requests: { memory: '1Gi' } }), ctr({ requests: { memory: '1G' } })] };
    expect(aggregate(spec, 'requests', 36, 'memory')).toBe('2073741824');
  });
});
