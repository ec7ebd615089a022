import { describe, expect, it } from 'vitest';
import { describeContainer, podContainers } from './pod-containers';

const spec = {
  containers: [{ name: 'web' }, 'junk'],
  initContainers: [{ name: 'setup' }, { name: 'proxy', restartPolicy: 'Always' }],
  ephemeralContainers: [{ image: 'x' }],
};

describe('podContainers', () => {
  it('visits containers, then init, then ephemeral containers, keeping indexes and paths', () => {
    const list = podContainers(spec, 'spec', 36);
    expect(list.map((c) => c.path)).toEqual(['spec.containers[0]', 'spec.initContainers[0]', 'spec.initContainers[1]', 'spec.ephemeralContainers[0]']);
    expect(list.map((c) => c.sidecar)).toEqual([false, false, true, false]);
  });

  it('has no native sidecars before 1.29', () => {
    expect(podContainers(spec, 'spec', 28).some((c) => c.sidecar)).toBe(false);
  });

  it('visits only the kinds asked for, in the order asked', () => {
    expect(podContainers(spec, 'spec', 36, ['initContainers', 'containers']).map((c) => c.name)).toEqual(['setup', 'proxy', 'web']);
  });

  it('describes containers for messages', () => {
    const [web, setup, , debug] = podContainers(spec, 'spec', 36);
    expect(describeContainer(web)).toBe('container "web"');
    expect(describeContainer(setup)).toBe('init container "setup"');
    expect(describeContainer(debug)).toBe('ephemeral container #0');
  });
});
