import { describe, expect, it } from 'vitest';
import { App, Chart, Pod } from '..';
import { checkApp } from './synth-app';
import { formatSynthReport } from './report';

describe('validateRendered', () => {
  it('finds duplicates across a chart whose pods override its settings', () => {
    const app = new App();
    const chart = new Chart(app, 'c');
    new Pod(chart, 'p', { metadata: { name: 'x' }, containers: [{ name: 'a', image: 'busybox' }] });
    new Pod(chart, 'q', {
      metadata: { name: 'x' },
      securityProfile: 'restricted',
      containers: [{ name: 'a', image: 'busybox', securityContext: { runAsUser: 1000 } }],
    });
    const { diagnostics } = checkApp(app);
    expect(diagnostics.map((d) => [d.ruleId, d.construct.node.path, d.fieldPath])).toEqual([['object/duplicate', 'c/q', 'metadata.name']]);
  });

  it('lets two charts reuse a name', () => {
    const app = new App();
    for (const id of ['one', 'two']) new Pod(new Chart(app, id), 'nginx', { containers: [{ name: 'nginx', image: 'nginx' }] });
    expect(checkApp(app).diagnostics).toEqual([]);
  });

  it('reports in the design format: severity, rule id and field path, hint below', () => {
    const app = new App();
    new Pod(new Chart(app, 'seeds'), 'web', {
      containers: [
        { name: 'nginx', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] },
        { name: 'proxy', image: 'envoy', ports: [{ containerPort: 81, hostPort: 8080 }] },
      ],
    });
    const report = formatSynthReport(checkApp(app).diagnostics);
    expect(report).toMatch(/^podsmith: 1 error in 1 object\n {2}seeds\/web \(Pod web\)\n {4}error {2}ports\/host-port-conflict {2}spec\.containers\[1\]\.ports\[0\]\.hostPort: hostPort 8080\/TCP is already claimed by spec\.containers\[0\]\.ports\[0\]\n {6}hint: /);
  });

  it('reports a warning in the same format, and counts it as a warning', () => {
    const app = new App();
    new Pod(new Chart(app, 'seeds'), 'web', {
      containers: [
        { name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] },
        { name: 'proxy', image: 'envoy', ports: [{ containerPort: 80 }] },
      ],
    });
    const checked = checkApp(app);
    expect(checked.errorCount).toBe(0);
    expect(formatSynthReport(checked.diagnostics)).toMatch(/^podsmith: 1 warning in 1 object\n {2}seeds\/web \(Pod web\)\n {4}warning {2}ports\/unique-container-port {2}spec\.containers\[1\]\.ports\[0\]\.containerPort: 80\/TCP is already used by container "nginx"; containers of a pod share one network namespace/);
  });
});

describe('rendering problems', () => {
  it('reports a string with an unpaired surrogate with the construct and field, before anything is emitted', () => {
    const app = new App();
    new Pod(new Chart(app, 'c'), 'p', { containers: [{ name: 'a', image: 'busybox', env: [{ name: 'A', value: 'x\ud800y' }] }] });
    const checked = checkApp(app);
    expect(checked.errorCount).toBe(1);
    expect(checked.diagnostics.map((d) => [d.ruleId, d.construct.node.path, d.fieldPath])).toEqual([['schema/malformed-string', 'c/p', 'spec.containers[0].env[0].value']]);
  });

  it('turns an object that cannot be rendered into a construct error naming it', () => {
    const app = new App();
    const port = Object.assign(Object.create(null) as object, { containerPort: 80 });
    new Pod(new Chart(app, 'c'), 'p', { containers: [{ name: 'a', image: 'busybox', ports: [port as { containerPort: number }] }] });
    const checked = checkApp(app);
    expect(checked.errorCount).toBe(1);
    expect(checked.rendered.constructErrors).toEqual([expect.stringMatching(/^\[c\/p\] the object cannot be rendered to JSON: /)]);
  });
});
