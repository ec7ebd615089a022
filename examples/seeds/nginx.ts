import type { Construct } from 'constructs';
import { Chart, Pod } from '../../lib';

/**
 * The four `nginx` pods of the architecture notes. They share the name `nginx`, as in the
 * notes, so each lives in its own chart and is written to its own file.
 */
export function addNginxPods(app: Construct): void {
  const chart = (id: string) => new Chart(app, id, { disableResourceNameHashes: true });

  new Pod(chart('nginx'), 'nginx', { containers: [{ name: 'nginx', image: 'nginx:1.19.2' }] });

  new Pod(chart('nginx-port'), 'nginx', {
    containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }],
  });

  new Pod(chart('nginx-gpu'), 'nginx', {
    nodeSelector: { gpu: 'true' },
    containers: [{ name: 'nginx', image: 'nginx:1.14.2' }],
  });

  new Pod(chart('nginx-labels'), 'nginx', {
    metadata: { labels: { creation_method: 'manual', env: 'dev' } },
    containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }],
  });
}
