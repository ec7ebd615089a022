import type { Construct } from 'constructs';
import { Chart, Cpu, CronJob, DaemonSet, Deployment, LabelSelector, Memory, Probe, ReplicaSet, StatefulSet } from '../../lib';

const chart = (app: Construct, id: string): Chart => new Chart(app, id, { disableResourceNameHashes: true });

/** A Deployment of three nginx pods rolled out one at a time; the selector comes from the template labels. */
export function addDeploymentExample(app: Construct): void {
  new Deployment(chart(app, 'workload-deployment'), 'web', {
    metadata: { name: 'web' },
    replicas: 3,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    template: {
      metadata: { labels: { app: 'web', tier: 'frontend' } },
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.27',
          ports: [{ containerPort: 80 }],
          readinessProbe: Probe.httpGet(80, { path: '/' }),
          resources: { requests: { cpu: Cpu.millis(100), memory: Memory.mebibytes(64) }, limits: { memory: Memory.mebibytes(128) } },
        },
      ],
    },
  });
}

/** A StatefulSet of Redis pods, each with its own `data` claim, behind the headless Service `redis`. */
export function addStatefulSetExample(app: Construct): void {
  new StatefulSet(chart(app, 'workload-statefulset'), 'redis', {
    metadata: { name: 'redis' },
    serviceName: 'redis',
    replicas: 2,
    volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    template: {
      metadata: { labels: { app: 'redis' } },
      containers: [
        {
          name: 'redis',
          image: 'redis:7.2',
          args: ['--appendonly', 'yes'],
          ports: [{ name: 'redis', containerPort: 6379 }],
          volumeMounts: [{ name: 'data', mountPath: '/data' }],
        },
      ],
    },
  });
}

/** A DaemonSet running the Prometheus node exporter on every node, control-plane nodes included. */
export function addDaemonSetExample(app: Construct): void {
  new DaemonSet(chart(app, 'workload-daemonset'), 'node-exporter', {
    metadata: { name: 'node-exporter' },
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
    template: {
      metadata: { labels: { app: 'node-exporter' } },
      hostPID: true,
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
      containers: [
        {
          name: 'node-exporter',
          image: 'prom/node-exporter:v1.8.2',
          args: ['--path.procfs=/host/proc', '--path.sysfs=/host/sys'],
          ports: [{ name: 'metrics', containerPort: 9100 }],
          volumeMounts: [
            { name: 'proc', mountPath: '/host/proc', readOnly: true },
            { name: 'sys', mountPath: '/host/sys', readOnly: true },
          ],
        },
      ],
      volumes: [
        { name: 'proc', hostPath: { path: '/proc' } },
        { name: 'sys', hostPath: { path: '/sys' } },
      ],
    },
  });
}

/** A ReplicaSet whose selector is written in kubectl's syntax, as in `kubectl get pods -l`. */
export function addReplicaSetExample(app: Construct): void {
  new ReplicaSet(chart(app, 'workload-replicaset'), 'frontend', {
    metadata: { name: 'frontend' },
    replicas: 2,
    selector: LabelSelector.parse('tier=frontend,env in (dev,stg)'),
    template: {
      metadata: { labels: { tier: 'frontend', env: 'dev' } },
      containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }],
    },
  });
}

/** A CronJob that runs a report every night at 03:00 UTC, never two at once. */
export function addCronJobExample(app: Construct): void {
  new CronJob(chart(app, 'workload-cronjob'), 'nightly-report', {
    metadata: { name: 'nightly-report' },
    schedule: '0 3 * * *',
    timeZone: 'Etc/UTC',
    concurrencyPolicy: 'Forbid',
    successfulJobsHistoryLimit: 3,
    failedJobsHistoryLimit: 1,
    jobTemplate: { spec: { backoffLimit: 2, activeDeadlineSeconds: 600 } },
    template: {
      restartPolicy: 'OnFailure',
      containers: [{ name: 'report', image: 'busybox:1.36', command: ['sh', '-c', 'date; echo "report done"'] }],
    },
  });
}
