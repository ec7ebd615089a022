import type { Construct } from 'constructs';
import { Chart, Job, ReplicationController } from '../../lib';

/**
 * The two workloads of the study notes, reproduced exactly (see `manifests/`): the Job `hello`
 * of the workload notes and the ReplicationController `crane` whose pods the kubectl notes
 * inspect. Neither sets a selector, as their authors wrote them: the API server generates the
 * Job's and defaults the controller's to the template labels.
 */
export function addSeedWorkloads(app: Construct): void {
  new Job(new Chart(app, 'hello', { disableResourceNameHashes: true }), 'hello', {
    metadata: { name: 'hello' },
    template: {
      containers: [{ name: 'hello', image: 'busybox', command: ['sh', '-c', 'echo "Hello, Kubernetes!" && sleep 3600'] }],
      restartPolicy: 'OnFailure',
    },
  });

  new ReplicationController(new Chart(app, 'crane', { disableResourceNameHashes: true }), 'crane', {
    metadata: { name: 'crane' },
    replicas: 1,
    template: {
      metadata: { labels: { app: 'crane' } },
      containers: [{ name: 'crane', image: 'heejeong/crane', imagePullPolicy: 'Always', ports: [{ containerPort: 7070 }] }],
    },
  });
}
