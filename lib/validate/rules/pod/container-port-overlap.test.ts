import { describe, expect, it } from 'vitest';
import { containerPortOverlap } from './container-port-overlap';
import { DEGENERATE_SPECS, runPodRule, summarize } from './testkit';

const c = (name: string, ports: unknown[], extra: Record<string, unknown> = {}) => ({ name, image: 'x', ports, ...extra });

describe('ports/unique-container-port', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(containerPortOverlap, spec)).toEqual([]);
  });

  it.each([
    ['different ports', { containers: [c('a', [{ containerPort: 80 }]), c('b', [{ containerPort: 81 }])] }, []],
    ['one port in two containers', { containers: [c('a', [{ containerPort: 80 }]), c('b', [{ containerPort: 80 }])] }, ['warning ports/unique-container-port spec.containers[1].ports[0].containerPort']],
    ['one port, defaulted and explicit TCP', { containers: [c('a', [{ containerPort: 80 }]), c('b', [{ containerPort: 80, protocol: 'TCP' }])] }, ['warning ports/unique-container-port spec.containers[1].ports[0].containerPort']],
    ['one port with TCP and UDP', { containers: [c('a', [{ containerPort: 53 }]), c('b', [{ containerPort: 53, protocol: 'UDP' }])] }, []],
    ['a native sidecar and a container: reported on the sidecar', { initContainers: [c('s', [{ containerPort: 80 }], { restartPolicy: 'Always' })], containers: [c('a', [{ containerPort: 80 }])] }, ['warning ports/unique-container-port spec.initContainers[0].ports[0].containerPort']],
    ['a run-to-completion init container and a container', { initContainers: [c('i', [{ containerPort: 80 }])], containers: [c('a', [{ containerPort: 80 }])] }, ['warning ports/duplicate-definition spec.containers[0].ports[0]']],
    ['twice in one container', { containers: [c('a', [{ containerPort: 80 }, { containerPort: 80 }])] }, ['warning ports/duplicate-definition spec.containers[0].ports[1]']],
    ['twice in one container, once with a hostPort', { containers: [c('a', [{ containerPort: 80 }, { containerPort: 80, hostPort: 80 }])] }, ['warning ports/duplicate-definition spec.containers[0].ports[1]']],
    ['twice in one container on two host ports', { containers: [c('a', [{ containerPort: 80, hostPort: 80 }, { containerPort: 80, hostPort: 81 }])] }, []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(containerPortOverlap, spec)).toEqual(expected);
  });

  it('treats a sidecar as an init container on 1.28', () => {
    const spec = { initContainers: [c('s', [{ containerPort: 80 }], { restartPolicy: 'Always' })], containers: [c('a', [{ containerPort: 80 }])] };
    expect(summarize(containerPortOverlap, spec, { minor: 28 })).toEqual(['warning ports/duplicate-definition spec.containers[0].ports[0]']);
  });

  it('names the other container and the shared network namespace', () => {
    const spec = { containers: [c('nginx', [{ containerPort: 80 }]), c('b', [{ containerPort: 80 }])] };
    const [finding] = runPodRule(containerPortOverlap, spec);
    expect(finding.message).toBe('80/TCP is already used by container "nginx"; containers of a pod share one network namespace, so only one of them can listen on it');
    expect(finding.severity).toBe('warning');
  });
});
