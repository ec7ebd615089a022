/**
 * Benchmark: Podsmith's YAML emitter against the `yaml` package, on 10,000 realistic Pods.
 *
 * Run with `npx tsx scripts/bench/yaml-emit.ts [pods] [rounds]` (defaults: 10000 pods, 5
 * rounds). Each Pod has two containers with ports, a liveness probe, resources, labels, a
 * nodeSelector, and a multi-line shell script argument. Both emitters write the same
 * multi-document stream (the `yaml` package as cdk8s calls it); the script checks that the
 * two streams are byte-identical, then times both in alternating rounds and prints the
 * median wall-clock and CPU time (user + system of this process) per 10,000 documents of
 * each, and the ratios. CPU time is the steadier figure on a machine shared with other work.
 */
import { performance } from 'node:perf_hooks';
import * as YAML from 'yaml';
import { stringifyDocuments } from '../../lib/yaml/emit';

const script = [
  'set -eu',
  'echo "starting worker $HOSTNAME" # log the host',
  'until nc -z db 5432; do sleep 1; done',
  'exec /app/worker --queue=jobs --concurrency: 4',
  '',
].join('\n');

function makePod(i: number): Record<string, unknown> {
  const app = `web-${i % 97}`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `web-${i}`,
      namespace: i % 3 === 0 ? 'default' : 'team-a',
      labels: { app, 'app.kubernetes.io/name': app, tier: 'frontend', env: i % 2 ? 'prod' : 'dev' },
      annotations: { 'podsmith.dev/revision': String(i), 'example.com/enabled': 'true' },
    },
    spec: {
      nodeSelector: { 'kubernetes.io/os': 'linux', disktype: 'ssd', gpu: 'false' },
      restartPolicy: 'Always',
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.27.1',
          imagePullPolicy: 'IfNotPresent',
          ports: [
            { name: 'http', containerPort: 80, protocol: 'TCP' },
            { name: 'https', containerPort: 443, protocol: 'TCP' },
          ],
          livenessProbe: {
            httpGet: { path: '/healthz', port: 80 },
            initialDelaySeconds: 10,
            periodSeconds: 5,
            successThreshold: 1,
            failureThreshold: 3,
          },
          resources: {
            requests: { cpu: '200m', memory: '250Mi' },
            limits: { cpu: '1', memory: '500Mi' },
          },
          env: [
            { name: 'MODE', value: 'on' },
            { name: 'REPLICA', value: String(i % 5) },
          ],
        },
        {
          name: 'worker',
          image: `registry.example.com/team/worker:v2.${i % 10}`,
          command: ['/bin/sh', '-c'],
          args: [script],
          ports: [{ containerPort: 9113 }],
          readinessProbe: { exec: { command: ['cat', '/tmp/ready'] }, periodSeconds: 10 },
          resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
          volumeMounts: [{ name: 'data', mountPath: '/var/lib/data', readOnly: true }],
        },
      ],
      volumes: [{ name: 'data', emptyDir: {} }],
      tolerations: [],
    },
  };
}

function withYamlPackage(docs: readonly unknown[]): string {
  return docs
    .map((d) => YAML.stringify(d, { keepUndefined: true, lineWidth: 0, version: '1.1' }))
    .join('---\n');
}

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function time(run: () => string): Timing {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  run();
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  const count = Number(process.argv[2] ?? 10000);
  const rounds = Number(process.argv[3] ?? 5);
  const pods = Array.from({ length: count }, (_, i) => makePod(i));

  const expected = withYamlPackage(pods);
  const actual = stringifyDocuments(pods);
  if (actual !== expected) {
    let at = 0;
    while (actual[at] === expected[at]) at++;
    console.error(`Outputs differ at character ${at}:`);
    console.error(`  yaml package: ${JSON.stringify(expected.slice(Math.max(0, at - 60), at + 60))}`);
    console.error(`  podsmith:     ${JSON.stringify(actual.slice(Math.max(0, at - 60), at + 60))}`);
    process.exit(1);
  }

  // Warm-up, then rounds that alternate between the two so that both see the same machine load.
  time(() => stringifyDocuments(pods));
  const packageTimes: Timing[] = [];
  const podsmithTimes: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    packageTimes.push(time(() => withYamlPackage(pods)));
    podsmithTimes.push(time(() => stringifyDocuments(pods)));
  }
  const per10k = (ms: number): string => ((ms * 10000) / count).toFixed(0).padStart(6);
  const report = (name: string, times: readonly Timing[]): void => {
    const wall = median(times.map((t) => t.wallMs));
    const cpu = median(times.map((t) => t.cpuMs));
    console.log(`${name} ${per10k(wall)} ms wall, ${per10k(cpu)} ms CPU per 10k docs`);
  };

  console.log(`${count} Pods, ${(expected.length / 1e6).toFixed(1)} MB of YAML, byte-identical: yes`);
  console.log(`median of ${rounds} alternating rounds after a warm-up:`);
  report('yaml package:    ', packageTimes);
  report('podsmith emitter:', podsmithTimes);
  const wallRatio = median(packageTimes.map((t) => t.wallMs)) / median(podsmithTimes.map((t) => t.wallMs));
  const cpuRatio = median(packageTimes.map((t) => t.cpuMs)) / median(podsmithTimes.map((t) => t.cpuMs));
  console.log(`ratio (yaml package / podsmith): ${wallRatio.toFixed(1)}x wall, ${cpuRatio.toFixed(1)}x CPU`);
}

main();
