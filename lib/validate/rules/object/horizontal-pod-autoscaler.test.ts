import { describe, expect, it } from 'vitest';
import { horizontalPodAutoscalerSpec } from './horizontal-pod-autoscaler';
import { type Expected, expected, run } from './testkit';

const hpa = (spec: Record<string, unknown>) => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web' },
  spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, ...spec },
});
const cpu = (target: Record<string, unknown>) => ({ type: 'Resource', resource: { name: 'cpu', target } });
const M = 'spec.metrics[0]';

describe('horizontalpodautoscaler/spec', () => {
  it.each<[string, unknown, Expected[]]>([
    ['minimal', hpa({}), []],
    ['min 1 max 1', hpa({ minReplicas: 1, maxReplicas: 1 }), []],
    ['minReplicas 0', hpa({ minReplicas: 0 }), [['spec.minReplicas']]],
    ['maxReplicas 0', hpa({ maxReplicas: 0 }), [['spec.maxReplicas']]],
    ['max below min', hpa({ minReplicas: 6 }), [['spec.maxReplicas']]],
    ['a target kind with a slash', hpa({ scaleTargetRef: { kind: 'apps/Deployment', name: 'web' } }), [['spec.scaleTargetRef.kind']]],
    ['an empty target name', hpa({ scaleTargetRef: { kind: 'Deployment', name: '' } }), [['spec.scaleTargetRef.name']]],
    ['cpu utilization', hpa({ metrics: [cpu({ type: 'Utilization', averageUtilization: 80 })] }), []],
    ['memory average value', hpa({ metrics: [{ type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '500Mi' } } }] }), []],
    ['utilization 0', hpa({ metrics: [cpu({ type: 'Utilization', averageUtilization: 0 })] }), [[`${M}.resource.target.averageUtilization`]]],
    ['a resource metric with a raw value only', hpa({ metrics: [cpu({ type: 'Value', value: '1' })] }), [[`${M}.resource.target.averageUtilization`]]],
    ['both utilization and average value', hpa({ metrics: [cpu({ type: 'Utilization', averageUtilization: 50, averageValue: '1' })] }), [[`${M}.resource.target.averageValue`]]],
    ['a target type in lower case', hpa({ metrics: [cpu({ type: 'utilization', averageUtilization: 50 })] }), [[`${M}.resource.target.type`]]],
    ['a zero average value', hpa({ metrics: [{ type: 'Pods', pods: { metric: { name: 'qps' }, target: { type: 'AverageValue', averageValue: '0' } } }] }), [[`${M}.pods.target.averageValue`]]],
    ['an external metric', hpa({ metrics: [{ type: 'External', external: { metric: { name: 'queue' }, target: { type: 'Value', value: '30' } } }] }), []],
    ['a v1 CPU target', hpa({ targetCPUUtilizationPercentage: 1 }), []],
    ['a v1 CPU target of 0', hpa({ targetCPUUtilizationPercentage: 0 }), [['spec.targetCPUUtilizationPercentage']]],
    ['behavior with defaults left out', hpa({ behavior: { scaleDown: { stabilizationWindowSeconds: 3600 }, scaleUp: { selectPolicy: 'Disabled' } } }), []],
    ['a stabilization window over an hour', hpa({ behavior: { scaleDown: { stabilizationWindowSeconds: 3601 } } }), [['spec.behavior.scaleDown.stabilizationWindowSeconds']]],
    ['a select policy in lower case', hpa({ behavior: { scaleUp: { selectPolicy: 'max' } } }), [['spec.behavior.scaleUp.selectPolicy']]],
    ['an empty policy list', hpa({ behavior: { scaleUp: { policies: [] } } }), [['spec.behavior.scaleUp.policies']]],
    ['valid policies', hpa({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 4, periodSeconds: 1800 }, { type: 'Percent', value: 100, periodSeconds: 15 }] } } }), []],
    ['bad policies', hpa({ behavior: { scaleUp: { policies: [{ type: 'Replicas', value: 0, periodSeconds: 1801 }] } } }), [['spec.behavior.scaleUp.policies[0].type'], ['spec.behavior.scaleUp.policies[0].value'], ['spec.behavior.scaleUp.policies[0].periodSeconds']]],
    ['a metric type named like an Object member', hpa({ metrics: [{ type: 'constructor' }] }), [[`${M}.type`]]],
    ['an unknown metric type', hpa({ metrics: [{ type: 'Cpu' }] }), [[`${M}.type`]]],
    ['the source of another type', hpa({ metrics: [{ type: 'Pods', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] }), [[`${M}.pods`], [`${M}.resource`]]],
  ])('%s', (_name, object, list) => expect(run(horizontalPodAutoscalerSpec, object)).toEqual(expected(list)));
});
