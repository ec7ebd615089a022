import { describe, expect, it } from 'vitest';
import { podLevelResources } from './pod-level-resources';
import { DEGENERATE_SPECS, summarize } from './testkit';

const P = 'spec.resources';
const C0 = 'spec.containers[0].resources';
const ctr = (name: string, resources?: unknown, extra: Record<string, unknown> = {}) => ({ name, image: 'x', ...(resources === undefined ? {} : { resources }), ...extra });
const pod = (resources: unknown, containers: unknown[] = [ctr('a')], extra: Record<string, unknown> = {}) => ({ containers, resources, ...extra });
const cpu = (requests?: string, limits?: string) => ({ ...(requests === undefined ? {} : { requests: { cpu: requests } }), ...(limits === undefined ? {} : { limits: { cpu: limits } }) });

describe('resources/pod-level', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(podLevelResources, spec)).toEqual([]);
  });

  describe('versions', () => {
    const spec = pod({ limits: { cpu: '1', 'ephemeral-storage': '1Gi' } });
    it.each([
      [28, []],
      [31, []], // the schema layer reports the field, which 1.31 does not have
      [32, [`warning resources/pod-level ${P}`]],
      [33, [`warning resources/pod-level ${P}`]],
      [34, [`error resources/pod-level-name ${P}.limits[ephemeral-storage]`]],
      [36, [`error resources/pod-level-name ${P}.limits[ephemeral-storage]`]],
    ])('on 1.%i', (minor, expected) => {
      expect(summarize(podLevelResources, spec, { minor })).toEqual(expected);
    });
  });

  it.each([
    ['resources of the wrong type', pod('big'), []],
    ['empty resources', pod({}), []],
    ['cpu and memory', pod({ requests: { cpu: '500m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } }), []],
    ['numbers', pod({ requests: { cpu: 0.5 }, limits: { memory: 1073741824 } }), []],
    ['a Windows pod', pod({ limits: { cpu: 'x', gpu: '1' } }, [ctr('a')], { os: { name: 'windows' } }), [`error resources/pod-level ${P}`]],
    ['a Linux pod', pod({ limits: { cpu: '1' } }, [ctr('a')], { os: { name: 'linux' } }), []],
    ['claims', pod({ claims: [{ name: 'gpu' }] }), [`error resources/pod-level-claims ${P}.claims`]],
    ['null claims', pod({ claims: null }), []],
    ['ephemeral-storage', pod({ requests: { 'ephemeral-storage': '1Gi' } }), [`error resources/pod-level-name ${P}.requests[ephemeral-storage]`]],
    ['an extended resource', pod({ limits: { 'example.com/gpu': '1' } }), [`error resources/pod-level-name ${P}.limits[example.com/gpu]`]],
    ['a bad name', pod({ limits: { 'bad name': '1' } }), [`error resources/pod-level-name ${P}.limits[bad name]`]],
    ['a negative quantity', pod({ requests: { memory: '-1Gi' } }), [`error resources/negative ${P}.requests[memory]`]],
    ['a bad quantity (the schema layer reports it)', pod({ requests: { memory: '1GB' } }), []],
    ['requests above limits', pod(cpu('2', '1')), [`error resources/requests-exceed-limits ${P}.requests[cpu]`]],
    ['requests equal to limits in other units', pod({ requests: { memory: '1024Mi' }, limits: { memory: '1Gi' } }), []],
    ['hugepages with memory', pod({ requests: { 'hugepages-2Mi': '4Mi', memory: '1Gi' }, limits: { 'hugepages-2Mi': '4Mi', memory: '1Gi' } }), []],
    ['hugepages alone', pod({ limits: { 'hugepages-2Mi': '4Mi' } }), [`error resources/hugepages ${P}`]],
    ['hugepages not a multiple of the page', pod({ limits: { 'hugepages-2Mi': '3Mi', cpu: '1' } }), [`error resources/hugepages ${P}.limits[hugepages-2Mi]`]],
    ['a hugepages request without limit', pod({ requests: { 'hugepages-2Mi': '4Mi', cpu: '1' } }), [`error resources/limit-required ${P}.limits[hugepages-2Mi]`]],
    ['a hugepages request below its limit', pod({ requests: { 'hugepages-2Mi': '4Mi' }, limits: { 'hugepages-2Mi': '8Mi', cpu: '1' } }), [`error resources/requests-equal-limits ${P}.requests[hugepages-2Mi]`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(podLevelResources, spec)).toEqual(expected);
  });

  describe('consistency with the containers', () => {
    const R = 'resources/pod-level-consistency';
    it.each([
      ['containers within the pod-level resources', pod(cpu('1', '2'), [ctr('a', cpu('500m', '2')), ctr('b', cpu('500m'))]), []],
      ['containers without resources', pod(cpu('1', '2'), [ctr('a'), ctr('b')]), []],
      ['a pod-level request below the containers total', pod(cpu('1'), [ctr('a', cpu('600m')), ctr('b', cpu('600m'))]), [`error ${R} ${P}.requests[cpu]`]],
      ['a container limit counts as its request', pod(cpu('1'), [ctr('a', cpu(undefined, '2'))]), [`error ${R} ${P}.requests[cpu]`]],
      ['unsupported resources are not compared', pod({ requests: { cpu: '1' } }, [ctr('a', { requests: { 'ephemeral-storage': '5Gi' } })]), []],
      ['a request above the pod limit, the default of the pod request', pod(cpu(undefined, '1'), [ctr('a', cpu('600m')), ctr('b', cpu('600m'))]), [`error ${R} ${P}.limits[cpu]`]],
      ['a pod limit alone, containers without requests', pod(cpu(undefined, '1'), [ctr('a')]), []],
      ['a container limit above the pod limit', pod(cpu('1', '1'), [ctr('a', cpu('500m', '2'))]), [`error ${R} ${C0}.limits[cpu]`]],
      [
        'a container limit above the pod limit, also counted as its request',
        pod({ limits: { memory: '1Gi' } }, [ctr('a', { limits: { memory: '2Gi' } })]),
        [`error ${R} ${P}.limits[memory]`, `error ${R} ${C0}.limits[memory]`],
      ],
      ['an init container limit above the pod limit (only containers are compared)', pod(cpu(undefined, '1'), [ctr('a')], { initContainers: [ctr('i', cpu('100m', '4'))] }), []],
      [
        'hugepages limits above the pod limit',
        pod({ limits: { 'hugepages-2Mi': '4Mi', memory: '1Gi' } }, [ctr('a', { requests: { 'hugepages-2Mi': '4Mi' }, limits: { 'hugepages-2Mi': '4Mi' } }), ctr('b', { limits: { 'hugepages-2Mi': '2Mi' } })]),
        [`error ${R} ${P}.limits[hugepages-2Mi]`],
      ],
    ])('%s', (_label, spec, expected) => {
      expect(summarize(podLevelResources, spec)).toEqual(expected);
    });

    it.each([
      ['an init container needing more than the containers', [ctr('i', cpu('3'))], [`error ${R} ${P}.requests[cpu]`]],
      ['an init container needing as much', [ctr('i', cpu('2'))], []],
      ['a sidecar adds to the containers', [ctr('s', cpu('1500m'), { restartPolicy: 'Always' })], [`error ${R} ${P}.requests[cpu]`]],
      ['an init container after a sidecar needs both', [ctr('s', cpu('500m'), { restartPolicy: 'Always' }), ctr('i', cpu('1600m'))], [`error ${R} ${P}.requests[cpu]`]],
      ['an init container before a sidecar needs its own', [ctr('i', cpu('1600m')), ctr('s', cpu('500m'), { restartPolicy: 'Always' })], []],
    ])('init containers: %s', (_label, initContainers, expected) => {
      // the containers request 1 cpu; the pod-level request is 2
      expect(summarize(podLevelResources, pod(cpu('2'), [ctr('a', cpu('1'))], { initContainers }))).toEqual(expected);
    });
  });

  it('reports in a template at the template paths', () => {
    const spec = pod(cpu('1', '1'), [ctr('a', cpu('2', '2'))]);
    expect(summarize(podLevelResources, spec, { template: true })).toEqual([
      'error resources/pod-level-consistency spec.template.spec.resources.requests[cpu]',
      'error resources/pod-level-consistency spec.template.spec.containers[0].resources.limits[cpu]',
    ]);
  });
});
