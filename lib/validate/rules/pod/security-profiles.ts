import type { RuleContext } from '../../rule';
import { child, has, intAt, type JsonRecord, recordAt, stringAt } from './access';
import { checkLocalDescendingPath } from './paths';

const RULE = 'security/context';
const MAX_ID = 2 ** 31 - 1;
const SECCOMP_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];
const APPARMOR_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];
const MAX_APPARMOR_PROFILE = 4095;

/** Reports user and group IDs outside 0..2^31-1 (`IsValidUserID`, `IsValidGroupID`). */
export function checkIds(context: JsonRecord, path: string, fields: readonly string[], ctx: RuleContext): void {
  for (const field of fields) {
    const id = intAt(context, field);
    if (id !== undefined && (id < 0 || id > MAX_ID)) {
      ctx.report({ ruleId: RULE, fieldPath: child(path, field), message: `${field} ${id} must be between 0 and ${MAX_ID}`, hint: 'use a valid user or group ID' });
    }
  }
}

/** Checks `seccompProfile` (`validateSeccompProfileField`). */
export function checkSeccomp(context: JsonRecord, path: string, ctx: RuleContext): void {
  const profile = recordAt(context, 'seccompProfile');
  if (profile === undefined) return;
  const profilePath = child(path, 'seccompProfile');
  const type = stringAt(profile, 'type');
  if (type === '') {
    ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'type'), message: 'seccompProfile has no type', hint: 'set type to RuntimeDefault, Localhost or Unconfined' });
  } else if (type !== undefined && !SECCOMP_TYPES.includes(type)) {
    ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'type'), message: `seccomp profile type "${type}" is not supported`, hint: 'use RuntimeDefault, Localhost or Unconfined' });
  }
  const localhost = stringAt(profile, 'localhostProfile');
  if (type === 'Localhost') {
    if (!has(profile, 'localhostProfile')) {
      ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'localhostProfile'), message: 'localhostProfile is required when the seccomp type is Localhost', hint: "set the profile path relative to the kubelet's seccomp directory, e.g. 'profiles/audit.json'" });
    } else if (localhost !== undefined) {
      const problem = checkLocalDescendingPath(localhost);
      if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'localhostProfile'), message: problem, hint: "use a path relative to the kubelet's seccomp directory" });
    }
  } else if (has(profile, 'localhostProfile')) {
    ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'localhostProfile'), message: 'localhostProfile can only be set when the seccomp type is Localhost', hint: 'remove localhostProfile, or set type: Localhost' });
  }
}

/** Checks `appArmorProfile` (`ValidateAppArmorProfileField`). */
export function checkAppArmor(context: JsonRecord, path: string, ctx: RuleContext): void {
  const profile = recordAt(context, 'appArmorProfile');
  if (profile === undefined) return;
  const profilePath = child(path, 'appArmorProfile');
  const type = stringAt(profile, 'type');
  const localhost = stringAt(profile, 'localhostProfile');
  if (type === '') {
    ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'type'), message: 'appArmorProfile has no type', hint: 'set type to RuntimeDefault, Localhost or Unconfined' });
  } else if (type !== undefined && !APPARMOR_TYPES.includes(type)) {
    ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'type'), message: `AppArmor profile type "${type}" is not supported`, hint: 'use RuntimeDefault, Localhost or Unconfined' });
  } else if (type === 'Localhost') {
    if (localhost === undefined || localhost.trim() === '') {
      if (localhost !== undefined || !has(profile, 'localhostProfile')) ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'localhostProfile'), message: 'localhostProfile is required when the AppArmor type is Localhost', hint: 'name a profile loaded on the node' });
    } else if (localhost.trim() !== localhost) {
      ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'localhostProfile'), message: 'localhostProfile must not be padded with whitespace', hint: 'remove the spaces' });
    } else if (localhost.length > MAX_APPARMOR_PROFILE) {
      ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'localhostProfile'), message: `localhostProfile is longer than ${MAX_APPARMOR_PROFILE} characters`, hint: 'use a shorter profile name' });
    }
  } else if (type !== undefined && has(profile, 'localhostProfile')) {
    ctx.report({ ruleId: RULE, fieldPath: child(profilePath, 'localhostProfile'), message: 'localhostProfile can only be set when the AppArmor type is Localhost', hint: 'remove localhostProfile, or set type: Localhost' });
  }
}
