import { describe, expect, it } from 'vitest';
import { POD_RULES } from './index';
import { runPodRule } from './testkit';

/** A pod spec that uses most fields correctly; no rule may report anything on it. */
const VALID_POD = {
  restartPolicy: 'Always',
  terminationGracePeriodSeconds: 30,
  dnsPolicy: 'ClusterFirst',
  nodeSelector: { 'kubernetes.io/arch': 'amd64' },
  securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
  tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }],
  volumes: [{ name: 'logs', emptyDir: {} }, { name: 'config', configMap: { name: 'web-config', defaultMode: 420 } }],
  initContainers: [
    { name: 'wait-for-db', image: 'busybox:1.36', command: ['sh', '-c', 'until nc -z db 5432; do sleep 1; done'] },
    { name: 'log-shipper', image: 'fluent/fluent-bit:3.1', restartPolicy: 'Always', volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }], readinessProbe: { tcpSocket: { port: 2020 } } },
  ],
  containers: [{
    name: 'nginx',
    image: 'nginx:1.27',
    ports: [{ name: 'http', containerPort: 80 }],
    env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
    resources: { requests: { cpu: '200m', memory: '250Mi' }, limits: { cpu: '1', memory: '500Mi' } },
    livenessProbe: { httpGet: { path: '/', port: 'http' }, initialDelaySeconds: 10, periodSeconds: 5, successThreshold: 1, failureThreshold: 2 },
    lifecycle: { preStop: { exec: { command: ['nginx', '-s', 'quit'] } } },
    volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }, { name: 'config', mountPath: '/etc/nginx/conf.d', readOnly: true }],
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
  }],
};

describe('POD_RULES', () => {
  it('has unique rule ids in area/rule-name form', () => {
    const ids = POD_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  it.each(POD_RULES.map((r) => [r.id, r] as const))('%s accepts a well-formed pod', (_id, rule) => {
    expect(runPodRule(rule, VALID_POD)).toEqual([]);
    expect(runPodRule(rule, VALID_POD, { template: true, minor: 29 })).toEqual([]);
  });

  it.each(POD_RULES.map((r) => [r.id, r] as const))('%s never throws on hostile input', (_id, rule) => {
    const hostile = JSON.parse('{"__proto__": {"containers": 1}, "constructor": [], "containers": [{"__proto__": null, "ports": [{"containerPort": 1e400}], "env": {"length": 3}}], "volumes": [{"name": {}}]}');
    expect(() => runPodRule(rule, hostile)).not.toThrow();
  });
});
