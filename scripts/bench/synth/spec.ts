/**
 * The objects every benchmark method produces: N objects, even indexes Pods and odd indexes
 * Deployments whose template adds a native log-shipper sidecar sharing an emptyDir. Each pod
 * has 2 containers with a port, a liveness probe, resources, labels and a nodeSelector.
 *
 * cdk8s-plus always writes some fields (pull policy, a startup probe per port, security
 * contexts, Deployment strategy ...); the other methods write the same values explicitly, so
 * that all methods produce equal objects.
 */

/**
 * Fields cdk8s-plus writes into every container that it cannot be told to leave out. A new
 * object per call: a shared one would make the `yaml` package write anchors and aliases.
 */
export function containerFixed() {
  return {
    imagePullPolicy: 'IfNotPresent',
    securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: false, runAsNonRoot: false },
  } as const;
}

/** Fields cdk8s-plus writes into every pod spec that it cannot be told to leave out (a new object per call). */
export function podFixed() {
  return {
    automountServiceAccountToken: false,
    dnsPolicy: 'ClusterFirst',
    hostNetwork: false,
    restartPolicy: 'Always',
    securityContext: { fsGroupChangePolicy: 'Always', runAsNonRoot: false },
    setHostnameAsFQDN: false,
    shareProcessNamespace: false,
    terminationGracePeriodSeconds: 30,
  } as const;
}

/** Fields cdk8s-plus writes into every Deployment spec (a new object per call). */
export function deploymentFixed() {
  return {
    minReadySeconds: 0,
    progressDeadlineSeconds: 600,
    revisionHistoryLimit: 10,
    strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
  } as const;
}

/** The node selector of every pod (a new object per call). */
export function nodeSelector() {
  return { disktype: 'ssd' } as const;
}

/** Labels of object `index`. */
export function labelsOf(index: number): Record<string, string> {
  return { app: 'bench', index: String(index) };
}

/** Name of object `index`. */
export function nameOf(index: number): string {
  return index % 2 === 0 ? `pod-${index}` : `deploy-${index}`;
}

/** The two main containers, in the API's form. */
export function mainContainers(withLogMount: boolean): Record<string, unknown>[] {
  return [
    {
      image: 'nginx:1.27',
      ...containerFixed(),
      livenessProbe: { failureThreshold: 3, httpGet: { path: '/healthz', port: 80, scheme: 'HTTP' }, periodSeconds: 10 },
      name: 'web',
      ports: [{ containerPort: 80 }],
      resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
      startupProbe: { failureThreshold: 3, tcpSocket: { port: 80 } },
      ...(withLogMount ? { volumeMounts: [{ mountPath: '/var/log/nginx', name: 'logs' }] } : {}),
    },
    {
      command: ['sh', '-c', 'while true; do sleep 5; done'],
      image: 'busybox:1.36',
      ...containerFixed(),
      livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, failureThreshold: 3 },
      name: 'worker',
      ports: [{ containerPort: 9090 }],
      resources: { limits: { cpu: '200m', memory: '128Mi' }, requests: { cpu: '50m', memory: '64Mi' } },
      startupProbe: { failureThreshold: 3, tcpSocket: { port: 9090 } },
    },
  ];
}

/** The native log-shipper sidecar of the Deployments, in the API's form. */
export function sidecarContainer(): Record<string, unknown> {
  return {
    image: 'fluent/fluent-bit:3.1',
    ...containerFixed(),
    name: 'log-shipper',
    resources: { limits: { cpu: '100m', memory: '64Mi' }, requests: { cpu: '10m', memory: '32Mi' } },
    restartPolicy: 'Always',
    volumeMounts: [{ mountPath: '/logs', name: 'logs', readOnly: true }],
  };
}

/** Object `index` as plain JSON, keys in the order cdk8s writes them (sorted, apiVersion/kind/metadata first). */
export function benchObject(index: number): Record<string, unknown> {
  if (index % 2 === 0) {
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { labels: labelsOf(index), name: nameOf(index) },
      spec: { ...podFixed(), containers: mainContainers(false), nodeSelector: nodeSelector() },
    };
  }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: nameOf(index) },
    spec: {
      ...deploymentFixed(),
      replicas: 2,
      selector: { matchLabels: labelsOf(index) },
      template: {
        metadata: { labels: labelsOf(index) },
        spec: {
          ...podFixed(),
          containers: mainContainers(true),
          initContainers: [sidecarContainer()],
          nodeSelector: nodeSelector(),
          volumes: [{ emptyDir: {}, name: 'logs' }],
        },
      },
    },
  };
}
