import type { PodRule, RuleContext } from '../../rule';
import { asRecord, child, has, type JsonRecord, recordAt, stringAt } from './access';
import { siteContainers, specRecord } from './pod-containers';

const RULE = 'security/profile-annotations';
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const LOCALHOST_PREFIX = 'localhost/';
/** First minor version with the `appArmorProfile` fields (AppArmorFields beta, on by default). */
export const APPARMOR_FIELDS_MINOR = 30;

/** The annotation a profile field stands for, by the field's type. */
interface ProfileKind {
  /** `seccomp` or `AppArmor`, for messages. */
  readonly label: string;
  /** Annotation values that match `type: Unconfined`. */
  readonly unconfined: readonly string[];
  /** Annotation values that match `type: RuntimeDefault`. */
  readonly runtimeDefault: readonly string[];
}

const SECCOMP: ProfileKind = { label: 'seccomp', unconfined: ['unconfined'], runtimeDefault: ['runtime/default', 'docker/default'] };
const APPARMOR: ProfileKind = { label: 'AppArmor', unconfined: ['unconfined'], runtimeDefault: ['runtime/default'] };

/**
 * Reports a profile field that disagrees with the deprecated annotation for the same pod or
 * container (`validateSeccompAnnotationsAndFieldsMatch`, and the switch of
 * `validateAppArmorAnnotationsAndFieldsMatchOnCreate`): Unconfined needs `unconfined`,
 * RuntimeDefault `runtime/default` (or, for seccomp, `docker/default`), Localhost
 * `localhost/<localhostProfile>`.
 */
function compare(kind: ProfileKind, annotation: string, profile: JsonRecord, path: string, annotationName: string, ctx: RuleContext): void {
  const type = stringAt(profile, 'type');
  let mismatch: 'type' | 'localhostProfile' | undefined;
  if (type === 'Unconfined') {
    if (!kind.unconfined.includes(annotation)) mismatch = 'type';
  } else if (type === 'RuntimeDefault') {
    if (!kind.runtimeDefault.includes(annotation)) mismatch = 'type';
  } else if (type === 'Localhost') {
    if (!annotation.startsWith(LOCALHOST_PREFIX)) mismatch = 'type';
    else if (annotation.slice(LOCALHOST_PREFIX.length) !== stringAt(profile, 'localhostProfile')) mismatch = 'localhostProfile';
  }
  if (mismatch === undefined) return;
  ctx.report({
    ruleId: RULE,
    fieldPath: child(path, mismatch),
    message: mismatch === 'type'
      ? `${kind.label} profile type ${type} disagrees with the annotation ${annotationName}: "${annotation}"`
      : `${kind.label} localhostProfile "${stringAt(profile, 'localhostProfile') ?? ''}" disagrees with the annotation ${annotationName}: "${annotation}"`,
    hint: `remove the deprecated annotation ${annotationName} (the field replaces it), or make both name the same profile`,
  });
}

/**
 * The AppArmor profile a Pod's container ends up with before validation: the pod strategy
 * (`applyAppArmorVersionSkew`) copies a container's annotation into a container without its
 * own field when the annotation names a valid profile other than the pod-level one.
 */
function syncedAppArmorField(annotation: string): JsonRecord | undefined {
  if (annotation === 'unconfined') return { type: 'Unconfined' };
  if (annotation === 'runtime/default') return { type: 'RuntimeDefault' };
  if (!annotation.startsWith(LOCALHOST_PREFIX)) return undefined;
  const name = annotation.slice(LOCALHOST_PREFIX.length);
  // The copied field is validated first: an empty or padded name is not copied.
  if (name === '' || name.trim() !== name || name.length > 4095) return undefined;
  return { type: 'Localhost', localhostProfile: name };
}

/**
 * Seccomp and AppArmor profile fields that disagree with the deprecated annotations of the
 * same pod. Follows `validateSeccompAnnotationsAndFields` (the pod-level field against
 * `seccomp.security.alpha.kubernetes.io/pod`, each container's own field against
 * `container.seccomp.security.alpha.kubernetes.io/<name>`) and
 * `validateAppArmorAnnotationsAndFieldsMatchOnCreate` (from 1.30: each container's profile,
 * its own field or else the pod-level one, against
 * `container.apparmor.security.beta.kubernetes.io/<name>`; not for Windows pods). Both run
 * in `ValidatePodCreate` and `ValidatePodTemplateSpec`, so templates are checked too. A
 * Pod's annotation is first copied into a container without its own AppArmor field
 * (`applyAppArmorVersionSkew`), so there it only disagrees when the copy is not made; a
 * template is not synced, so a container-level annotation that differs from the pod-level
 * field is rejected there.
 */
export const profileAnnotations: PodRule = {
  id: RULE,
  check(site, ctx) {
    const spec = specRecord(site.spec);
    const annotations = recordAt(asRecord(site.metadata), 'annotations');
    if (spec === undefined || annotations === undefined) return;
    const podContext = recordAt(spec, 'securityContext');
    const podPath = child(site.specPath, 'securityContext');
    const podSeccomp = recordAt(podContext, 'seccompProfile');
    const podSeccompAnnotation = stringAt(annotations, SECCOMP_POD);
    if (podSeccomp !== undefined && podSeccompAnnotation !== undefined) {
      compare(SECCOMP, podSeccompAnnotation, podSeccomp, child(podPath, 'seccompProfile'), SECCOMP_POD, ctx);
    }
    const checkAppArmor = ctx.minor >= APPARMOR_FIELDS_MINOR && stringAt(recordAt(spec, 'os'), 'name') !== 'windows';
    const podAppArmor = recordAt(podContext, 'appArmorProfile');
    const containers = siteContainers(site, ctx.minor).all;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      if (container.name === undefined) continue;
      const context = recordAt(container.value, 'securityContext');
      const seccomp = recordAt(context, 'seccompProfile');
      const seccompName = SECCOMP_CONTAINER_PREFIX + container.name;
      const seccompAnnotation = stringAt(annotations, seccompName);
      if (seccomp !== undefined && seccompAnnotation !== undefined) {
        compare(SECCOMP, seccompAnnotation, seccomp, child(child(container.path, 'securityContext'), 'seccompProfile'), seccompName, ctx);
      }
      if (!checkAppArmor) continue;
      const appArmorName = APPARMOR_CONTAINER_PREFIX + container.name;
      const appArmorAnnotation = stringAt(annotations, appArmorName);
      if (appArmorAnnotation === undefined) continue;
      let profile = has(context, 'appArmorProfile') ? recordAt(context, 'appArmorProfile') : undefined;
      if (profile === undefined && !site.isTemplate) profile = syncedAppArmorField(appArmorAnnotation);
      profile ??= podAppArmor;
      if (profile === undefined) continue;
      compare(APPARMOR, appArmorAnnotation, profile, child(child(container.path, 'securityContext'), 'appArmorProfile'), appArmorName, ctx);
    }
  },
};
