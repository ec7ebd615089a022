import { App, Chart } from 'cdk8s';
import type { PodProps } from '../pod';

/** A chart (path `test`) for workload tests. Test support only. */
export function testChart(): Chart {
  return new Chart(new App(), 'test');
}

/** A labelled pod template with one container, for workload tests. Test support only. */
export function webTemplate(extra: Partial<PodProps> = {}): PodProps {
  return { metadata: { labels: { app: 'web' } }, containers: [{ name: 'nginx', image: 'nginx:1.27' }], ...extra };
}
