import type { Construct } from 'constructs';
import { Chart, Pod } from '../../lib';
import { Job } from '../../lib/workloads/job';
import { LogShipper } from '../../patterns';

const nginx = () => ({ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] });

/**
 * Sidecar: nginx writes its access and error logs into a shared `logs` volume, and a Fluent
 * Bit sidecar follows them. Three charts: the native sidecar of Kubernetes 1.29 and later,
 * the regular container a 1.28 target gets, and a Job whose native sidecar does not keep it
 * from completing.
 */
export function addLogShipperExamples(app: Construct): void {
  const web = new Pod(new Chart(app, 'pattern-log-shipper', { disableResourceNameHashes: true }), 'web', {
    metadata: { name: 'web-log-shipper', labels: { app: 'web' } },
    containers: [nginx()],
  });
  new LogShipper(web, 'log-shipper', { logs: { volume: 'logs', mainMountPath: '/var/log/nginx' } });

  const legacy = new Pod(new Chart(app, 'pattern-log-shipper-1-28', { disableResourceNameHashes: true, kubernetesVersion: '1.28' }), 'web', {
    metadata: { name: 'web-log-shipper-legacy', labels: { app: 'web' } },
    containers: [nginx()],
  });
  new LogShipper(legacy, 'log-shipper', { logs: { volume: 'logs', mainMountPath: '/var/log/nginx' } });

  const job = new Job(new Chart(app, 'pattern-log-shipper-job', { disableResourceNameHashes: true }), 'report', {
    metadata: { name: 'report' },
    backoffLimit: 2,
    template: {
      restartPolicy: 'Never',
      containers: [
        {
          name: 'report',
          image: 'busybox:1.36',
          command: ['sh', '-c', 'for i in 1 2 3; do echo "step $i done" >> /var/log/report/report.log; sleep 5; done'],
        },
      ],
    },
  });
  new LogShipper(job, 'log-shipper', { logs: { volume: 'logs', mainMountPath: '/var/log/report' } });
}
