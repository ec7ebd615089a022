import { describe, expect, it } from 'vitest';
import { validateObjects } from './index';

function statefulSet(podSpec: Record<string, unknown>, podAnnotations: Record<string, string> = {}): unknown {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: {
      serviceName: 'db',
      selector: { matchLabels: { app: 'db' } },
      template: { metadata: { labels: { app: 'db' }, annotations: podAnnotations }, spec: podSpec },
    },
  };
}

const BAD_CONTAINER_NAME = { containers: [{ name: 'Bad_Name', image: 'postgres' }] };
const GOOD_SPEC = { containers: [{ name: 'db', image: 'postgres' }] };

function summary(object: unknown, version: string, podSecurity?: 'baseline' | 'restricted'): string[] {
  return validateObjects([object], { kubernetesVersion: version, podSecurity }).map((d) => `${d.severity} ${d.ruleId} ${d.fieldPath}`);
}

describe('StatefulSet pod specs before Kubernetes 1.34', () => {
  it.each([
    ['a bad container name on 1.33: a warning', statefulSet(BAD_CONTAINER_NAME), '1.33', [`warning container/name-syntax spec.template.spec.containers[0].name`]],
    ['a bad container name on 1.28: a warning', statefulSet(BAD_CONTAINER_NAME), '1.28', [`warning container/name-syntax spec.template.spec.containers[0].name`]],
    ['a bad container name on 1.34: an error', statefulSet(BAD_CONTAINER_NAME), '1.34', [`error container/name-syntax spec.template.spec.containers[0].name`]],
    [
      'a pod annotation the server checked before 1.34 too: an error',
      statefulSet(GOOD_SPEC, { 'seccomp.security.alpha.kubernetes.io/pod': 'bogus' }),
      '1.33',
      [`error pod/annotations spec.template.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]`],
    ],
    ['restartPolicy, an object rule of the StatefulSet: an error', statefulSet({ ...GOOD_SPEC, restartPolicy: 'Never' }), '1.33', [`error template/restart-policy spec.template.spec.restartPolicy`]],
  ])('%s', (_label, object, version, expected) => {
    expect(summary(object, version)).toEqual(expected);
  });

  it('keeps the Pod Security Standards errors', () => {
    expect(summary(statefulSet({ containers: [{ name: 'db', image: 'postgres', securityContext: { privileged: true } }] }), '1.33', 'baseline')).toContain(
      'error pss/baseline-privileged spec.template.spec.containers[0].securityContext.privileged',
    );
  });

  it('says why the error is only a warning', () => {
    const [diagnostic] = validateObjects([statefulSet(BAD_CONTAINER_NAME)], { kubernetesVersion: '1.33' });
    expect(diagnostic.message).toMatch(/accepts this in a StatefulSet, whose pod spec it validates only from 1\.34, but rejects the pods/);
  });

  it('leaves the Pods and other workloads of 1.33 alone', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: BAD_CONTAINER_NAME };
    expect(summary(pod, '1.33')).toEqual(['error container/name-syntax spec.containers[0].name']);
  });
});
