import { child, recordsAt, stringAt } from '../rules/pod/access';
import { pssCheck } from './pss-support';

/** Sysctls the baseline profile allows, by first policy version. */
export const SAFE_SYSCTLS: ReadonlyArray<readonly [string, number]> = [
  ['kernel.shm_rmid_forced', 0],
  ['net.ipv4.ip_local_port_range', 0],
  ['net.ipv4.ip_unprivileged_port_start', 0],
  ['net.ipv4.tcp_syncookies', 0],
  ['net.ipv4.ping_group_range', 0],
  ['net.ipv4.ip_local_reserved_ports', 27],
  ['net.ipv4.tcp_keepalive_time', 29],
  ['net.ipv4.tcp_fin_timeout', 29],
  ['net.ipv4.tcp_keepalive_intvl', 29],
  ['net.ipv4.tcp_keepalive_probes', 29],
  ['net.ipv4.tcp_rmem', 32],
  ['net.ipv4.tcp_wmem', 32],
];

/** Baseline: only the safe, namespaced sysctls of the target version (`sysctls`). */
export const baselineSysctls = pssCheck('pss/baseline-sysctls', (view, ctx) => {
  const sysctls = recordsAt(view.podContext, 'sysctls');
  if (sysctls.length === 0) return;
  const allowed = SAFE_SYSCTLS.filter(([, since]) => view.minor >= since).map(([name]) => name);
  for (const { index, value: sysctl } of sysctls) {
    const name = stringAt(sysctl, 'name');
    if (name === undefined || allowed.includes(name)) continue;
    const fieldPath = child(`${child(view.podContextPath, 'sysctls')}[${index}]`, 'name');
    ctx.report({ fieldPath, message: `sysctl ${name} is not in the baseline safe set`, hint: `remove it from ${child(view.podContextPath, 'sysctls')}; allowed: ${allowed.join(', ')}` });
  }
});
