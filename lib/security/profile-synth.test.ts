import { Chart as Cdk8sChart } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Sidecar } from '../../patterns';
import { App } from '../app';
import { Chart } from '../chart';
import { PodsmithUsageError } from '../errors';
import { Pod, type PodProps } from '../pod';
import { settingsOf } from '../settings';
import { checkApp } from '../synth/synth-app';
import { validateObjects } from '../validate';
import { CronJob, Deployment } from '../workloads';

const WEB: PodProps = { containers: [{ name: 'web', image: 'nginx:1.27' }] };
const HARDENED = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
const POD_CONTEXT = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };

function chartOf(app: App, props: ConstructorParameters<typeof Chart>[2] = {}): Chart {
  return new Chart(app, 'c', { disableResourceNameHashes: true, ...props });
}

function objects(app: App): Record<string, unknown>[] {
  return checkApp(app).rendered.charts.flatMap((c) => c.objects.map((o) => o.json));
}

function errors(app: App): string[] {
  const checked = checkApp(app);
  return checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.construct.node.path} ${d.ruleId} ${d.fieldPath}`);
}

describe('securityProfile', () => {
  it('changes nothing without the opt-in', () => {
    const app = new App();
    new Pod(chartOf(app), 'web', WEB);
    expect(objects(app)).toEqual([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: WEB }]);
    expect(settingsOf(app).securityProfile).toBeUndefined();
  });

  it('fills in the restricted fields when set on the app, visibly in the output', () => {
    const app = new App({ securityProfile: 'restricted' });
    new Pod(chartOf(app), 'web', WEB);
    expect(objects(app)[0].spec).toEqual({ containers: [{ name: 'web', image: 'nginx:1.27', securityContext: HARDENED }], securityContext: POD_CONTEXT });
    expect(app.synthYaml()).toContain('runAsNonRoot: true');
    expect(errors(app)).toEqual([]);
  });

  it('is set once per chart, overriding the app', () => {
    const app = new App({ securityProfile: 'restricted' });
    new Pod(chartOf(app, { securityProfile: 'none' }), 'web', WEB);
    new Pod(new Chart(app, 'strict'), 'web', WEB);
    const [relaxed, strict] = objects(app);
    expect(relaxed.spec).toEqual(WEB);
    expect((strict.spec as Record<string, unknown>).securityContext).toEqual(POD_CONTEXT);
  });

  it('is overridden per pod and per workload template, in both directions', () => {
    const app = new App();
    const chart = chartOf(app, { securityProfile: 'restricted' });
    new Pod(chart, 'relaxed', { ...WEB, securityProfile: 'none' });
    new Pod(new Chart(app, 'plain'), 'strict', { ...WEB, securityProfile: 'restricted' });
    new Deployment(chart, 'fleet', { template: { metadata: { labels: { app: 'web' } }, ...WEB, securityProfile: 'none' } });
    const [relaxed, fleet, strict] = objects(app);
    expect(relaxed.spec).toEqual(WEB);
    expect((fleet.spec as { template: { spec: unknown } }).template.spec).toEqual(WEB);
    expect((strict.spec as Record<string, unknown>).securityContext).toEqual(POD_CONTEXT);
    expect(JSON.stringify(objects(app))).not.toContain('securityProfile');
  });

  it('reaches the pods of every workload, including a CronJob, and patterns added later', () => {
    const app = new App({ securityProfile: 'restricted' });
    const chart = chartOf(app);
    const job = new CronJob(chart, 'nightly', { schedule: '@daily', template: { ...WEB, restartPolicy: 'OnFailure' } });
    new Sidecar(job, 'shipper', { image: 'fluent/fluent-bit:3.1' });
    const spec = (objects(app)[0] as { spec: { jobTemplate: { spec: { template: { spec: Record<string, unknown[]> } } } } }).spec.jobTemplate.spec.template.spec;
    expect(spec.securityContext).toEqual(POD_CONTEXT);
    expect(spec.initContainers).toEqual([{ name: 'shipper', image: 'fluent/fluent-bit:3.1', restartPolicy: 'Always', securityContext: HARDENED }]);
    expect(errors(app)).toEqual([]);
  });

  it('gives pods that pass podSecurity: restricted validation', () => {
    const app = new App({ securityProfile: 'restricted', kubernetesVersion: '1.30' });
    const pod = new Pod(chartOf(app), 'web', {
      initContainers: [{ name: 'init', image: 'busybox:1.36', command: ['true'] }],
      containers: [{ name: 'web', image: 'nginx:1.27', securityContext: { capabilities: { add: ['NET_BIND_SERVICE'] } } }],
    });
    new Sidecar(pod, 'proxy', { image: 'envoyproxy/envoy:v1.31' });
    expect(validateObjects(objects(app), { podSecurity: 'restricted', kubernetesVersion: '1.30' })).toEqual([]);
  });

  it.each([
    ['privileged: true', { privileged: true }, ['c/web pss/baseline-privileged spec.containers[0].securityContext.privileged']],
    ['runAsUser: 0', { runAsUser: 0 }, ['c/web pss/restricted-run-as-user spec.containers[0].securityContext.runAsUser']],
    ['allowPrivilegeEscalation: true', { allowPrivilegeEscalation: true }, ['c/web pss/restricted-privilege-escalation spec.containers[0].securityContext.allowPrivilegeEscalation']],
    ['runAsNonRoot: false', { runAsNonRoot: false }, ['c/web pss/restricted-run-as-non-root spec.containers[0].securityContext.runAsNonRoot']],
    [
      'capabilities other than NET_BIND_SERVICE',
      { capabilities: { add: ['NET_BIND_SERVICE', 'SYS_TIME'] } },
      ['c/web pss/restricted-capabilities spec.containers[0].securityContext.capabilities.add[1]'],
    ],
  ])('reports a contradicting %s at synth, naming construct and field; synthYaml gives no output', (_name, securityContext, expected) => {
    const app = new App({ securityProfile: 'restricted' });
    new Pod(chartOf(app), 'web', { containers: [{ name: 'web', image: 'nginx:1.27', securityContext }] });
    expect(errors(app)).toEqual(expect.arrayContaining(expected));
    expect(() => app.synthYaml()).toThrow(expected[0].split(' ').slice(1).join('  '));
  });

  it('names the pattern that added a contradicting container', () => {
    const app = new App({ securityProfile: 'restricted' });
    const pod = new Pod(chartOf(app), 'web', WEB);
    new Sidecar(pod, 'debug', { image: 'busybox:1.36', securityContext: { privileged: true } });
    expect(errors(app)).toContain('c/web/debug pss/baseline-privileged spec.initContainers[0].securityContext.privileged');
  });

  it('validates the pods of a plain cdk8s chart under a podsmith app with the app profile', () => {
    const app = new App({ securityProfile: 'restricted' });
    new Pod(new Cdk8sChart(app, 'plain'), 'web', WEB);
    expect(errors(app)).toEqual([]);
    expect((objects(app)[0].spec as Record<string, unknown>).securityContext).toEqual(POD_CONTEXT);
  });

  it.each([
    ['an app', () => new App({ securityProfile: 'strict' as never }), '<root> (App): securityProfile: unknown security profile "strict"'],
    ['a chart', () => new Chart(new App(), 'c', { securityProfile: 'baseline' as never }), 'c (Chart): securityProfile: unknown security profile "baseline"'],
    ['a pod', () => new Pod(chartOf(new App()), 'web', { ...WEB, securityProfile: 'on' as never }), 'c/web (Pod): securityProfile: unknown security profile "on"'],
    [
      'a workload template',
      () => new Deployment(chartOf(new App()), 'fleet', { template: { ...WEB, securityProfile: 'x' as never } }),
      'c/fleet (Deployment): template.securityProfile: unknown security profile "x"',
    ],
  ])('throws at once on an unknown profile on %s', (_name, create, message) => {
    expect(create).toThrow(PodsmithUsageError);
    expect(create).toThrow(message);
  });
});
