import { child, key, recordAt, stringAt, stringEntries } from '../rules/pod/access';
import { describeContainer } from '../rules/pod/pod-containers';
import { APPARMOR_FIELDS_MINOR } from '../rules/pod/profile-annotations';
import type { RuleContext } from '../rule';
import { containerContext, containerContextPath, type PssView, pssCheck } from './pss-support';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const ALLOWED_TYPES = ['RuntimeDefault', 'Localhost'];

function allowedAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

/**
 * Baseline: AppArmor may not be disabled or overridden with an unknown profile
 * (`appArmorProfile`): `appArmorProfile.type` RuntimeDefault or Localhost, and the
 * deprecated annotations `runtime/default` or `localhost/*`. The fields only exist from
 * 1.30 (before, the server refuses them as unknown fields, and admission never sees them).
 */
export const baselineAppArmor = pssCheck('pss/baseline-app-armor', (view, ctx) => {
  if (view.minor >= APPARMOR_FIELDS_MINOR) checkFields(view, ctx);
  for (const [name, value] of stringEntries(recordAt(view.metadata, 'annotations'))) {
    if (!name.startsWith(ANNOTATION_PREFIX) || allowedAnnotation(value)) continue;
    const fieldPath = key(child(view.metadataPath, 'annotations'), name);
    ctx.report({ fieldPath, message: `annotation ${name} is "${value}"; the baseline profile forbids it`, hint: `set ${fieldPath} to runtime/default or localhost/<profile>, or use securityContext.appArmorProfile` });
  }
});

/** Reports the `appArmorProfile.type` fields (pod and containers) outside RuntimeDefault and Localhost. */
function checkFields(view: PssView, ctx: RuleContext): void {
  const podType = stringAt(recordAt(view.podContext, 'appArmorProfile'), 'type');
  if (podType !== undefined && !ALLOWED_TYPES.includes(podType)) {
    const fieldPath = child(child(view.podContextPath, 'appArmorProfile'), 'type');
    ctx.report({ fieldPath, message: `the pod sets AppArmor profile type ${podType}; the baseline profile forbids it`, hint: `set ${fieldPath} to RuntimeDefault or Localhost` });
  }
  for (const container of view.containers) {
    const type = stringAt(recordAt(containerContext(container), 'appArmorProfile'), 'type');
    if (type === undefined || ALLOWED_TYPES.includes(type)) continue;
    const fieldPath = containerContextPath(container, 'appArmorProfile', 'type');
    ctx.report({ fieldPath, message: `${describeContainer(container)} sets AppArmor profile type ${type}; the baseline profile forbids it`, hint: `set ${fieldPath} to RuntimeDefault or Localhost` });
  }
}
