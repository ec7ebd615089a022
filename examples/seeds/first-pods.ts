import type { Construct } from 'constructs';
import { Chart, Pod } from '../../lib';

/** The first pods of the study notes: the fleetman webapp, the nginx webserver, the two-container pod. */
export function addFirstPods(app: Construct): void {
  new Pod(new Chart(app, 'fleetman-webapp', { disableResourceNameHashes: true }), 'webapp', {
    containers: [{ name: 'webapp', image: 'richardchesterwood/k8s-fleetman-webapp-angular:release0' }],
  });

  new Pod(new Chart(app, 'webserver', { disableResourceNameHashes: true }), 'webserver', {
    containers: [
      {
        name: 'nginx-container',
        image: 'nginx:1.14',
        imagePullPolicy: 'Always',
        ports: [{ containerPort: 80, protocol: 'TCP' }],
      },
    ],
  });

  new Pod(new Chart(app, 'multipod', { disableResourceNameHashes: true }), 'multipod', {
    containers: [
      { name: 'nginx-container', image: 'nginx:1.14', ports: [{ containerPort: 80 }] },
      { name: 'centos-container', image: 'centos:7', command: ['sleep', '10000'] },
    ],
  });
}
