import { ApiObject, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';

/**
 * Turns construct dependencies into chart and API object dependencies, as cdk8s's own synth
 * does: a chart depends on the charts nested in it and on the charts its constructs depend
 * on; an API object depends on the API objects of the constructs its construct depends on.
 * Returns whether any chart depends on another (cdk8s then numbers the output files).
 */
export function resolveDependencies(all: readonly IConstruct[]): boolean {
  let chartsDepend = false;
  for (const construct of all) {
    if (!Chart.isChart(construct)) continue;
    for (const child of construct.node.children) {
      if (Chart.isChart(child)) {
        construct.node.addDependency(child);
        chartsDepend = true;
      }
    }
  }
  const edges: [IConstruct, IConstruct][] = [];
  for (const source of all) {
    for (const target of source.node.dependencies) edges.push([source, target]);
  }
  for (const [source, target] of edges) {
    const sourceChart = Chart.of(source);
    const targetChart = Chart.of(target);
    if (sourceChart !== targetChart) {
      sourceChart.node.addDependency(targetChart);
      chartsDepend = true;
    }
    const targets = target.node.findAll().filter((c) => c instanceof ApiObject && Chart.of(c) === targetChart);
    const sources = source.node.findAll().filter((c) => c instanceof ApiObject && Chart.of(c) === sourceChart);
    for (const to of targets) {
      for (const from of sources) {
        if (to !== from) from.node.addDependency(to);
      }
    }
  }
  return chartsDepend;
}
