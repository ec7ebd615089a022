import { child, type JsonRecord, recordAt, stringAt } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import type { RuleContext } from '../rule';
import { containerContext, containerContextPath, pssCheck } from './pss-support';

/** SELinux types allowed by the baseline profile, by first policy version. */
const ALLOWED_TYPES: ReadonlyArray<readonly [string, number]> = [['', 0], ['container_t', 0], ['container_init_t', 0], ['container_kvm_t', 0], ['container_engine_t', 31]];

function checkOptions(options: JsonRecord, path: string, who: string, minor: number, ctx: RuleContext): void {
  const type = stringAt(options, 'type');
  const allowed = ALLOWED_TYPES.filter(([, since]) => minor >= since).map(([t]) => t);
  if (type !== undefined && !allowed.includes(type)) {
    ctx.report({ fieldPath: child(path, 'type'), message: `${who} sets SELinux type ${type}; the baseline profile forbids it`, hint: `set ${child(path, 'type')} to one of ${allowed.filter((t) => t !== '').join(', ')}, or remove it` });
  }
  for (const field of ['user', 'role']) {
    const value = stringAt(options, field);
    if (value === undefined || value === '') continue;
    ctx.report({ fieldPath: child(path, field), message: `${who} sets an SELinux ${field}; the baseline profile forbids it`, hint: `remove ${child(path, field)}` });
  }
}

/** Baseline: SELinux options limited to the container types, without user or role (`seLinuxOptions`). */
export const baselineSelinux = pssCheck('pss/baseline-selinux', (view, ctx) => {
  const podOptions = recordAt(view.podContext, 'seLinuxOptions');
  if (podOptions !== undefined) checkOptions(podOptions, child(view.podContextPath, 'seLinuxOptions'), 'the pod', view.minor, ctx);
  for (const container of view.containers) {
    const options = recordAt(containerContext(container), 'seLinuxOptions');
    if (options !== undefined) checkOptions(options, containerContextPath(container, 'seLinuxOptions'), describeContainer(container), view.minor, ctx);
  }
});
