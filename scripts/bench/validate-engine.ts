/**
 * Benchmark of the validation engine in-process: validates generated pod-bearing
 * objects (Pods and Deployments with two containers, ports, a probe, resources and
 * labels) and prints objects per second.
 *
 * Run: npx tsx scripts/bench/validate-engine.ts [count] [--schema-only | --no-pod-rules]
 * (`--schema-only` runs no rules; `--no-pod-rules` runs the object rules only: a breakdown.)
 */
import { performance } from 'node:perf_hooks';
import { createValidatorWith } from '../../lib/validate';

function podSpec(i: number): Record<string, unknown> {
  return {
    containers: [
      {
        name: 'web',
        image: `nginx:1.27.${i % 10}`,
        ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
        readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 5, periodSeconds: 10 },
        resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
      },
      {
        name: 'log-shipper',
        image: 'fluent/fluent-bit:3.1',
        ports: [{ containerPort: 2020 }],
        resources: { requests: { cpu: '50m', memory: '64Mi' } },
      },
    ],
  };
}

/** `count` objects, alternating Pods and Deployments. */
export function generateObjects(count: number): unknown[] {
  const objects: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const labels = { app: `app-${i}`, tier: 'web', 'app.kubernetes.io/part-of': 'bench' };
    if (i % 2 === 0) {
      objects.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${i}`, namespace: 'bench', labels }, spec: podSpec(i) });
    } else {
      objects.push({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: `deploy-${i}`, namespace: 'bench', labels },
        spec: { replicas: 2, selector: { matchLabels: { app: `app-${i}` } }, template: { metadata: { labels }, spec: podSpec(i) } },
      });
    }
  }
  return objects;
}

function main(): void {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => !a.startsWith('--')) ?? 10000);
  const schemaOnly = args.includes('--schema-only');
  const noPodRules = schemaOnly || args.includes('--no-pod-rules');
  const objects = generateObjects(count);
  const started = performance.now();
  const validator = createValidatorWith({}, { objectRules: schemaOnly ? [] : undefined, podRules: noPodRules ? [] : undefined });
  const compiled = performance.now();
  const warm = validator.validate(objects);
  if (warm.some((d) => d.severity === 'error')) {
    console.error('benchmark objects are not valid:', warm.filter((d) => d.severity === 'error').slice(0, 5));
    process.exitCode = 1;
    return;
  }
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  for (let run = 0; run < 9; run++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    validator.validate(objects);
    const cpu = process.cpuUsage(cpu0);
    runs.push(performance.now() - t0);
    cpuRuns.push((cpu.user + cpu.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  cpuRuns.sort((a, b) => a - b);
  const median = runs[4];
  const cpuMedian = cpuRuns[4];
  const mode = schemaOnly ? 'schema only' : noPodRules ? 'schema and object rules' : 'schema and all rules';
  console.log(`${mode}; createValidator: ${(compiled - started).toFixed(1)} ms`);
  console.log(`median of 9 runs: ${count} objects in ${median.toFixed(1)} ms = ${Math.round((count / median) * 1000)} objects/s`);
  console.log(`median CPU time: ${cpuMedian.toFixed(1)} ms = ${Math.round((count / cpuMedian) * 1000)} objects per CPU second (steadier on a busy machine)`);
}

main();
