import type { Construct } from 'constructs';
import { Chart, Pod, Probe } from '../../lib';

/**
 * Self-healing pods: the liveness-exam answer, and one pod per liveness mechanism of the
 * study notes (httpGet `/` on 80, tcpSocket 22, exec `ls /data/file`).
 */
export function addLivenessPods(app: Construct): void {
  new Pod(new Chart(app, 'liveness-exam', { disableResourceNameHashes: true }), 'liveness-exam', {
    containers: [
      {
        name: 'busybox-container',
        image: 'busybox',
        args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600'],
        livenessProbe: Probe.exec(['ls', '/tmp/healthy'], {
          initialDelaySeconds: 10,
          periodSeconds: 5,
          successThreshold: 1,
          failureThreshold: 2,
        }),
      },
    ],
  });

  const probes = new Chart(app, 'liveness-probes', { disableResourceNameHashes: true });
  new Pod(probes, 'nginx-liveness-http', {
    containers: [{ name: 'nginx-container', image: 'nginx:1.14', ports: [{ containerPort: 80 }], livenessProbe: Probe.httpGet(80, { path: '/' }) }],
  });
  new Pod(probes, 'sshd-liveness-tcp', {
    containers: [{ name: 'sshd', image: 'linuxserver/openssh-server:9.7', ports: [{ containerPort: 22 }], livenessProbe: Probe.tcpSocket(22) }],
  });
  new Pod(probes, 'busybox-liveness-exec', {
    containers: [
      {
        name: 'busybox',
        image: 'busybox:1.36',
        args: ['/bin/sh', '-c', 'mkdir -p /data && touch /data/file && sleep 3600'],
        livenessProbe: Probe.exec(['ls', '/data/file']),
      },
    ],
  });
}
