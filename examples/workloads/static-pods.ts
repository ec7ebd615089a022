import type { Construct } from 'constructs';
import { Pod, StaticPodChart } from '../../lib';

/**
 * A static pod: a web server the kubelet of a node starts from
 * `/etc/kubernetes/manifests/static-web.yaml`, without the API server. Its page comes from the
 * node's disk (a hostPath volume), since a static pod cannot use a ConfigMap.
 */
export function addStaticPodExample(app: Construct): void {
  new Pod(new StaticPodChart(app, 'static-pods'), 'static-web', {
    metadata: { name: 'static-web', labels: { role: 'web' } },
    containers: [
      {
        name: 'web',
        image: 'nginx:1.27',
        ports: [{ name: 'web', containerPort: 80, protocol: 'TCP' }],
        volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html', readOnly: true }],
      },
    ],
    volumes: [{ name: 'html', hostPath: { path: '/srv/static-web', type: 'Directory' } }],
  });
}
