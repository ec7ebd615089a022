import { describe, expect, it } from 'vitest';
import { resourceQuotaHard } from './resource-quota-hard';
import { type Expected, expected, run } from './testkit';

const quota = (hard: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'team' }, spec: { hard } });
const at = (name: string) => `spec.hard[${name}]`;

describe('resourcequota/hard', () => {
  it.each<[string, unknown, Expected[]]>([
    ['compute and counts', quota({ 'requests.cpu': '4', 'limits.memory': '8Gi', cpu: '500m', pods: '10', 'services.loadbalancers': 0, 'requests.hugepages-2Mi': '1Gi' }), []],
    ['prefixed names', quota({ 'count/deployments.apps': '5', 'requests.nvidia.com/gpu': 2, 'gold.storageclass.storage.k8s.io/requests.storage': '500Gi' }), []],
    ['no hard limits', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'team' }, spec: {} }, []],
    ['an unknown unprefixed name', quota({ deployments: '5' }), [[at('deployments')]]],
    ['limits.storage is not a quota resource', quota({ 'limits.storage': '5Gi' }), [[at('limits.storage')]]],
    ['a name with a space', quota({ 'count/my pods': '5' }), [[at('count/my pods')]]],
    ['a negative limit', quota({ 'requests.memory': '-1Gi' }), [[at('requests.memory')]]],
    ['a fractional pod count', quota({ pods: '1.5' }), [[at('pods')]]],
    ['a milli count of objects', quota({ 'count/jobs.batch': '500m' }), [[at('count/jobs.batch')]]],
    ['a fractional cpu limit', quota({ 'limits.cpu': '1.5' }), []],
    ['a fractional kubernetes.io resource', quota({ 'requests.example.kubernetes.io/thing': '0.5' }), []],
  ])('%s', (_name, object, list) => expect(run(resourceQuotaHard, object)).toEqual(expected(list)));
});
