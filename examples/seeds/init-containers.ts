import type { Construct } from 'constructs';
import { Chart, Pod } from '../../lib';

const waitFor = (service: string): string =>
  `until nslookup ${service}.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for ${service}; sleep 2; done`;

/** The pod whose two init containers wait for the services it needs (study notes 5.3). */
export function addInitContainerPod(app: Construct): void {
  const pod = new Pod(new Chart(app, 'init-containers', { disableResourceNameHashes: true }), 'myapp-pod', {
    metadata: { labels: { 'app.kubernetes.io/name': 'MyApp' } },
    containers: [{ name: 'myapp-container', image: 'busybox:1.28', command: ['sh', '-c', 'echo The app is running! && sleep 3600'] }],
  });
  pod.addInitContainer({ name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', waitFor('myservice')] });
  pod.addInitContainer({ name: 'init-mydb', image: 'busybox:1.28', command: ['sh', '-c', waitFor('mydb')] });
}
