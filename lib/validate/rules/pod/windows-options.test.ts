import { describe, expect, it } from 'vitest';
import { DEGENERATE_SPECS, summarize } from './testkit';
import { windowsOptions } from './windows-options';

const pod = (podOptions?: unknown, containerOptions?: unknown, extra: Record<string, unknown> = {}) => ({
  containers: [{ name: 'a', image: 'x', securityContext: containerOptions === undefined ? undefined : { windowsOptions: containerOptions } }],
  securityContext: podOptions === undefined ? undefined : { windowsOptions: podOptions },
  ...extra,
});
const P = 'spec.securityContext.windowsOptions';
const C = 'spec.containers[0].securityContext.windowsOptions';

describe('security/windows-options', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(windowsOptions, spec)).toEqual([]);
  });

  it.each([
    ['no options', pod(), []],
    ['a user name', pod({ runAsUserName: 'ContainerUser' }), []],
    ['a NetBIOS domain and user', pod(undefined, { runAsUserName: 'CORP\\svc-app' }), []],
    ['a DNS domain and user', pod({ runAsUserName: 'corp.example.com\\svc' }), []],
    ['an empty user name', pod({ runAsUserName: '' }), [`error security/windows-options ${P}.runAsUserName`]],
    ['two backslashes', pod({ runAsUserName: 'a\\b\\c' }), [`error security/windows-options ${P}.runAsUserName`]],
    ['a control character', pod({ runAsUserName: 'a\tb' }), [`error security/windows-options ${P}.runAsUserName`]],
    ['a domain of neither form', pod({ runAsUserName: '.corp\\user' }), [`error security/windows-options ${P}.runAsUserName`]],
    ['an empty user after the domain', pod({ runAsUserName: 'CORP\\' }), [`error security/windows-options ${P}.runAsUserName`]],
    ['a user of 105 characters', pod({ runAsUserName: 'u'.repeat(105) }), [`error security/windows-options ${P}.runAsUserName`]],
    ['a user of dots', pod({ runAsUserName: '..' }), [`error security/windows-options ${P}.runAsUserName`]],
    ['a user with @', pod(undefined, { runAsUserName: 'user@corp' }), [`error security/windows-options ${C}.runAsUserName`]],
    ['an empty credential spec', pod({ gmsaCredentialSpec: '' }), [`error security/windows-options ${P}.gmsaCredentialSpec`]],
    ['a credential spec name that is no subdomain', pod({ gmsaCredentialSpecName: 'Web_Spec' }), [`error security/windows-options ${P}.gmsaCredentialSpecName`]],
    ['an empty credential spec name', pod(undefined, { gmsaCredentialSpecName: '' }), [`error security/windows-options ${C}.gmsaCredentialSpecName`]],
    ['a HostProcess pod with hostNetwork', pod({ hostProcess: true }, { hostProcess: true }, { hostNetwork: true }), []],
    ['a HostProcess pod without hostNetwork', pod({ hostProcess: true }), ['error security/windows-options spec.hostNetwork']],
    ['a container that differs from the pod', pod({ hostProcess: true }, { hostProcess: false }, { hostNetwork: true }), [`error security/windows-options ${C}.hostProcess`]],
    ['one HostProcess container of two', { ...pod(undefined, { hostProcess: true }, { hostNetwork: true }), initContainers: [{ name: 'i', image: 'x' }] }, ['error security/windows-options spec']],
    ['hostProcess false everywhere', pod({ hostProcess: false }, { hostProcess: false }), []],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(windowsOptions, spec)).toEqual(expected);
  });
});
