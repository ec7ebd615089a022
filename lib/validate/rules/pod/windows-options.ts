import { checkDns1123Subdomain } from '../../primitives/names';
import type { PodRule, RuleContext } from '../../rule';
import { boolAt, child, type JsonRecord, recordAt, stringAt } from './access';
import { siteContainers, specRecord } from './pod-containers';

const RULE = 'security/windows-options';
const MAX_CREDENTIAL_SPEC_BYTES = 64 * 1024;
const MAX_DOMAIN_BYTES = 256;
const MAX_USER_BYTES = 104;
const CONTROL_CHARACTERS = /[\x00-\x1f\x7f]/;
const NETBIOS_DOMAIN = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const DNS_DOMAIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const INVALID_USER_CHARACTERS = /["/\\:;|=,+*?<>@[\]]/;
const ONLY_DOTS_AND_SPACES = /^[. ]+$/;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** What is wrong with a `runAsUserName` (`[DOMAIN\]USER`), or `undefined`. */
function userNameProblem(name: string): string | undefined {
  if (name === '') return 'runAsUserName cannot be an empty string';
  if (CONTROL_CHARACTERS.test(name)) return 'runAsUserName cannot contain control characters';
  const parts = name.split('\\');
  if (parts.length > 2) return 'runAsUserName cannot contain more than one backslash';
  const domain = parts.length === 2 ? parts[0] : undefined;
  const user = parts[parts.length - 1];
  if (domain !== undefined && bytes(domain) >= MAX_DOMAIN_BYTES) return `the domain of runAsUserName must be under ${MAX_DOMAIN_BYTES} characters`;
  if (domain !== undefined && !NETBIOS_DOMAIN.test(domain) && !DNS_DOMAIN.test(domain)) return `the domain "${domain}" of runAsUserName is neither a NetBIOS nor a DNS name`;
  if (user === '') return 'the user of runAsUserName cannot be empty';
  if (bytes(user) > MAX_USER_BYTES) return `the user of runAsUserName must not be longer than ${MAX_USER_BYTES} characters`;
  if (ONLY_DOTS_AND_SPACES.test(user)) return 'the user of runAsUserName cannot be only periods or spaces';
  if (INVALID_USER_CHARACTERS.test(user)) return 'the user of runAsUserName cannot contain any of "/\\:;|=,+*?<>@[]';
  return undefined;
}

/** Checks one `windowsOptions` (`validateWindowsSecurityContextOptions`). */
function checkOptions(options: JsonRecord, path: string, ctx: RuleContext): void {
  const specName = stringAt(options, 'gmsaCredentialSpecName');
  const nameProblem = specName === undefined ? undefined : checkDns1123Subdomain(specName);
  if (nameProblem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(path, 'gmsaCredentialSpecName'), message: `gmsaCredentialSpecName "${specName}" ${nameProblem}`, hint: 'name a GMSACredentialSpec object' });
  const spec = stringAt(options, 'gmsaCredentialSpec');
  if (spec === '') ctx.report({ ruleId: RULE, fieldPath: child(path, 'gmsaCredentialSpec'), message: 'gmsaCredentialSpec cannot be an empty string', hint: 'remove it, or set the credential spec JSON' });
  else if (spec !== undefined && bytes(spec) > MAX_CREDENTIAL_SPEC_BYTES) ctx.report({ ruleId: RULE, fieldPath: child(path, 'gmsaCredentialSpec'), message: 'gmsaCredentialSpec must be under 64 KiB', hint: 'use a smaller credential spec' });
  const user = stringAt(options, 'runAsUserName');
  const userProblem = user === undefined ? undefined : userNameProblem(user);
  if (userProblem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(path, 'runAsUserName'), message: userProblem, hint: "e.g. 'ContainerUser' or 'DOMAIN\\user'" });
}

/**
 * Windows security options (`validateWindowsSecurityContextOptions` on the pod's and each
 * container's `windowsOptions`) and HostProcess pods (`validateWindowsHostProcessPod`):
 * a container's hostProcess equal to the pod's when both are set, all containers
 * HostProcess or none, and hostNetwork with HostProcess containers.
 */
export const windowsOptions: PodRule = {
  id: RULE,
  check(site, ctx) {
    const spec = specRecord(site.spec);
    if (spec === undefined) return;
    const podOptionsPath = child(child(site.specPath, 'securityContext'), 'windowsOptions');
    const podOptions = recordAt(recordAt(spec, 'securityContext'), 'windowsOptions');
    if (podOptions !== undefined) checkOptions(podOptions, podOptionsPath, ctx);
    const podHostProcess = boolAt(podOptions, 'hostProcess');
    const containers = siteContainers(site, ctx.minor).all;
    let hostProcessCount = 0;
    for (let c = 0; c < containers.length; c++) {
      const container = containers[c];
      const options = recordAt(recordAt(container.value, 'securityContext'), 'windowsOptions');
      const optionsPath = child(child(container.path, 'securityContext'), 'windowsOptions');
      if (options !== undefined) checkOptions(options, optionsPath, ctx);
      const hostProcess = boolAt(options, 'hostProcess');
      if (podHostProcess !== undefined && hostProcess !== undefined && hostProcess !== podHostProcess) {
        ctx.report({ ruleId: RULE, fieldPath: child(optionsPath, 'hostProcess'), message: `hostProcess must equal the pod's (${String(podHostProcess)}) when both are set`, hint: 'set hostProcess once, in spec.securityContext.windowsOptions' });
      }
      if ((hostProcess ?? podHostProcess) === true) hostProcessCount++;
    }
    if (hostProcessCount === 0) return;
    if (hostProcessCount !== containers.length) ctx.report({ ruleId: RULE, fieldPath: site.specPath, message: 'a pod with a HostProcess container must have only HostProcess containers', hint: 'set hostProcess: true in spec.securityContext.windowsOptions' });
    if (spec.hostNetwork !== true) ctx.report({ ruleId: RULE, fieldPath: child(site.specPath, 'hostNetwork'), message: 'a pod with HostProcess containers needs hostNetwork: true', hint: 'set spec.hostNetwork: true' });
  },
};
