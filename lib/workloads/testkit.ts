import { App, Chart, type ApiObject } from 'cdk8s';
import type { PodProps } from '../pod';

/** A chart that names each object after its construct id, so tests do not depend on a naming policy. */
class PlainNamesChart extends Chart {
  public override generateObjectName(apiObject: ApiObject): string {
    return apiObject.node.id;
  }
}

/** A chart (path `test`) whose objects are named after their construct ids. Test support only. */
export function testChart(): Chart {
  return new PlainNamesChart(new App(), 'test');
}

/** A labelled pod template with one container, for workload tests. Test support only. */
export function webTemplate(extra: Partial<PodProps> = {}): PodProps {
  return { metadata: { labels: { app: 'web' } }, containers: [{ name: 'nginx', image: 'nginx:1.27' }], ...extra };
}
