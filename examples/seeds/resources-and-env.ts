import type { Construct } from 'constructs';
import { Chart, Cpu, Env, Memory, Pod } from '../../lib';

/**
 * Resource requests and limits with typed units (study notes 5.6: 1 core = 1000m; MB versus
 * MiB), and environment variables (study notes 5.7).
 */
export function addResourcesAndEnvPods(app: Construct): void {
  new Pod(new Chart(app, 'resources', { disableResourceNameHashes: true }), 'nginx-resources', {
    containers: [
      {
        name: 'nginx-container',
        image: 'nginx:1.14',
        ports: [{ containerPort: 80 }],
        resources: {
          requests: { cpu: Cpu.millis(200), memory: Memory.mebibytes(250) },
          limits: { cpu: Cpu.cores(1), memory: Memory.mebibytes(500) },
        },
      },
    ],
  });

  new Pod(new Chart(app, 'env', { disableResourceNameHashes: true }), 'nginx-env', {
    containers: [
      {
        name: 'nginx-container',
        image: 'nginx:1.14',
        ports: [{ containerPort: 80 }],
        env: [
          Env.value('MYVAR', 'testvalue'),
          Env.fromField('POD_NAME', 'metadata.name'),
          Env.fromField('POD_IP', 'status.podIP'),
          Env.fromResource('MEMORY_LIMIT', 'limits.memory', { containerName: 'nginx-container' }),
        ],
        resources: { limits: { memory: Memory.megabytes(100) } },
      },
    ],
  });
}
