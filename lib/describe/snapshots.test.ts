/**
 * Snapshots of `podsmith describe` on every example chart: the text, the Mermaid
 * flowcharts, and the pictures of the pattern examples; and the same bytes on every run.
 */
import { describe, expect, it } from 'vitest';
import { synthExamples } from '../../test/example-app';
import { describePods, type DescribedPod } from './described-pod';
import { describeMermaid } from './mermaid';
import { podSvg, svgFileName } from './svg';
import { describeText } from './text-layout';

/** Every pod and pod template of the example charts, named after their chart so snapshots are the same on every machine. */
function examplePods(): DescribedPod[] {
  return describePods(synthExamples().flatMap((chart) => chart.objects.map((value, documentIndex) => ({ value, file: `examples/${chart.id}.yaml`, documentIndex }))));
}

const pods = examplePods();
const PICTURED = ['web-log-shipper', 'web-metrics', 'cache-client', 'myapp-pod', 'report'];

describe('describe on the examples', () => {
  it('finds every pod and pod template', () => {
    expect(pods.length).toBeGreaterThan(15);
    expect(pods.filter((p) => p.isTemplate).map((p) => p.kind)).toEqual(expect.arrayContaining(['Job', 'ReplicationController', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'CronJob']));
  });

  it('describes them as text, as in the snapshot', async () => {
    await expect(describeText(pods)).toMatchFileSnapshot('./__snapshots__/examples.txt');
  });

  it('draws them as Mermaid flowcharts, as in the snapshot', async () => {
    await expect(describeMermaid(pods)).toMatchFileSnapshot('./__snapshots__/examples.mmd');
  });

  it.each(PICTURED)('pictures %s as in the snapshot', async (name) => {
    const pod = pods.find((p) => p.name === name)!;
    await expect(podSvg(pod)).toMatchFileSnapshot(`./__snapshots__/${svgFileName(pod)}`);
  });

  it('gives the same bytes on every run', () => {
    const again = examplePods();
    expect(describeText(again)).toBe(describeText(pods));
    expect(describeMermaid(again)).toBe(describeMermaid(pods));
    expect(again.map(podSvg)).toEqual(pods.map(podSvg));
  });
});
