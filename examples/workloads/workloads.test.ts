import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { App, StaticPodChart, YamlOutputType } from '../../lib';
import { checkApp, type CheckedApp } from '../../lib/synth/synth-app';
import { planOutput } from '../../lib/synth/write';
import { semanticDiff } from '../../lib/testing/semantic-diff';
import { stringifyDocuments } from '../../lib/yaml/emit';
import { addWorkloadExamples, WORKLOAD_EXAMPLES } from './index';

function check(add: (app: App) => void): CheckedApp {
  const app = new App();
  add(app);
  return checkApp(app);
}

function problems(checked: CheckedApp): string[] {
  return [
    ...checked.rendered.constructErrors,
    ...checked.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.ruleId} ${d.object.apiObject.node.path} ${d.fieldPath}: ${d.message}`),
  ];
}

function readManifest(file: string): unknown[] {
  const text = readFileSync(join(__dirname, 'manifests', file), 'utf8');
  return parseAllDocuments(text, { version: '1.1' }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('\n'));
    return doc.toJS();
  });
}

const all = check(addWorkloadExamples);

describe('workload examples', () => {
  it.each(Object.entries(WORKLOAD_EXAMPLES))('%s: valid, without warnings', (_name, add) => {
    expect(problems(check(add))).toEqual([]);
  });

  const clusterCharts = all.rendered.charts.filter(({ chart }) => !(chart instanceof StaticPodChart));
  it.each(clusterCharts.map(({ chart, objects }) => [chart.node.id, objects.map((o) => o.json)] as const))(
    'chart %s matches its snapshot',
    async (id, objects) => {
      await expect(stringifyDocuments(objects)).toMatchFileSnapshot(`./__snapshots__/${id}.k8s.yaml`);
    },
  );

  it('has one chart per workload kind, the two seeds and the static pods', () => {
    const kinds = all.rendered.charts.flatMap(({ objects }) => objects.map((o) => `${String(o.json.kind)} ${o.apiObject.node.path}`));
    expect(kinds).toEqual([
      'Job hello/hello',
      'ReplicationController crane/crane',
      'Deployment workload-deployment/web',
      'StatefulSet workload-statefulset/redis',
      'DaemonSet workload-daemonset/node-exporter',
      'ReplicaSet workload-replicaset/frontend',
      'CronJob workload-cronjob/nightly-report',
      'Pod static-pods/static-web',
    ]);
  });

  it('gives byte-identical output on every run', () => {
    const run = (): string => {
      const app = new App();
      addWorkloadExamples(app);
      return app.synthYaml();
    };
    expect(run()).toBe(run());
  });
});

describe('seed workloads', () => {
  it.each([
    ['hello', 'hello.yaml'],
    ['crane', 'crane.json'],
  ])('%s is reproduced exactly: no added, missing or changed field', (id, file) => {
    const chart = all.rendered.charts.find((c) => c.chart.node.id === id)!;
    const expected = readManifest(file);
    expect(chart.objects).toHaveLength(expected.length);
    expected.forEach((object, index) => expect(semanticDiff(object, chart.objects[index].json)).toEqual([]));
  });
});

describe('static pod example', () => {
  it('is written to its own file under /etc/kubernetes/manifests, not among the app manifests', async () => {
    const files = planOutput(all.rendered, { outdir: 'dist', extension: '.k8s.yaml', type: YamlOutputType.FILE_PER_CHART });
    const staticFiles = files.filter((file) => file.path.includes('static-web'));
    expect(staticFiles.map((file) => file.path)).toEqual(['dist/static-pods/etc/kubernetes/manifests/static-web.yaml']);
    expect(files.map((file) => file.path)).not.toContain('dist/static-pods.k8s.yaml');
    await expect(staticFiles[0].content).toMatchFileSnapshot('./__snapshots__/static-pods/etc/kubernetes/manifests/static-web.yaml');
  });
});
