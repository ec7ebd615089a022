import { describe, expect, it } from 'vitest';
import { podAnnotations } from './pod-annotations';
import { DEGENERATE_SPECS, summarize } from './testkit';

const spec = { containers: [{ name: 'app', image: 'x' }], initContainers: [{ name: 'init', image: 'x' }] };
const check = (annotations: unknown, podSpec: unknown = spec, template = false) => summarize(podAnnotations, podSpec, { metadata: { annotations }, template });
const A = (name: string) => `error pod/annotations metadata.annotations[${name}]`;

describe('pod/annotations', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, podSpec) => {
    expect(summarize(podAnnotations, podSpec)).toEqual([]);
  });

  it.each([
    ['no annotations', undefined, []],
    ['other annotations', { 'example.com/a': 'b' }, []],
    ['a mirror annotation without nodeName', { 'kubernetes.io/config.mirror': 'x' }, [A('kubernetes.io/config.mirror')]],
    ['a deletion cost', { 'controller.kubernetes.io/pod-deletion-cost': '-100' }, []],
    ['a zero deletion cost', { 'controller.kubernetes.io/pod-deletion-cost': '0' }, []],
    ['a deletion cost with +', { 'controller.kubernetes.io/pod-deletion-cost': '+1' }, [A('controller.kubernetes.io/pod-deletion-cost')]],
    ['a deletion cost with a leading zero', { 'controller.kubernetes.io/pod-deletion-cost': '08' }, [A('controller.kubernetes.io/pod-deletion-cost')]],
    ['a deletion cost beyond int32', { 'controller.kubernetes.io/pod-deletion-cost': '2147483648' }, [A('controller.kubernetes.io/pod-deletion-cost')]],
    ['a word as deletion cost', { 'controller.kubernetes.io/pod-deletion-cost': 'high' }, [A('controller.kubernetes.io/pod-deletion-cost')]],
    ['seccomp pod profiles', { 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default', 'container.seccomp.security.alpha.kubernetes.io/app': 'localhost/profiles/a.json' }, []],
    ['an unknown seccomp profile', { 'seccomp.security.alpha.kubernetes.io/pod': 'RuntimeDefault' }, [A('seccomp.security.alpha.kubernetes.io/pod')]],
    ['a seccomp localhost path with ..', { 'container.seccomp.security.alpha.kubernetes.io/app': 'localhost/../a.json' }, [A('container.seccomp.security.alpha.kubernetes.io/app')]],
    ['AppArmor profiles of existing containers', { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default', 'container.apparmor.security.beta.kubernetes.io/init': 'localhost/k8s-apparmor' }, []],
    ['AppArmor for an unknown container', { 'container.apparmor.security.beta.kubernetes.io/web': 'runtime/default' }, [A('container.apparmor.security.beta.kubernetes.io/web')]],
    ['an unknown AppArmor profile', { 'container.apparmor.security.beta.kubernetes.io/app': 'RuntimeDefault' }, [A('container.apparmor.security.beta.kubernetes.io/app')]],
    ['valid legacy tolerations', { 'scheduler.alpha.kubernetes.io/tolerations': '[{"key":"dedicated","operator":"Equal","value":"web","effect":"NoSchedule"},{"operator":"Exists"}]' }, []],
    ['legacy tolerations: an empty value and null', { 'scheduler.alpha.kubernetes.io/tolerations': 'null' }, []],
    ['legacy tolerations that are no JSON', { 'scheduler.alpha.kubernetes.io/tolerations': '[key=a]' }, [A('scheduler.alpha.kubernetes.io/tolerations')]],
    ['legacy tolerations that are no list', { 'scheduler.alpha.kubernetes.io/tolerations': '{"key":"a"}' }, [A('scheduler.alpha.kubernetes.io/tolerations')]],
    ['legacy tolerations with a number for a string', { 'scheduler.alpha.kubernetes.io/tolerations': '[{"key":1}]' }, [A('scheduler.alpha.kubernetes.io/tolerations')]],
    ['legacy tolerations: Exists with a value, and a bad effect', { 'scheduler.alpha.kubernetes.io/tolerations': '[{"key":"a","operator":"Exists","value":"b"},{"Key":"b","effect":"Never"}]' }, [`${A('scheduler.alpha.kubernetes.io/tolerations')}[0].operator`, `${A('scheduler.alpha.kubernetes.io/tolerations')}[1].effect`]],
    ['legacy tolerations: tolerationSeconds without NoExecute, a null entry', { 'scheduler.alpha.kubernetes.io/tolerations': '[{"key":"a","operator":"Exists","tolerationSeconds":30},null]' }, [`${A('scheduler.alpha.kubernetes.io/tolerations')}[0].effect`, `${A('scheduler.alpha.kubernetes.io/tolerations')}[1].operator`]],
  ])('%s', (_label, annotations, expected) => {
    expect(check(annotations)).toEqual(expected);
  });

  it('accepts a mirror annotation with nodeName', () => {
    expect(check({ 'kubernetes.io/config.mirror': 'x' }, { ...spec, nodeName: 'node-1' })).toEqual([]);
  });

  it('checks templates', () => {
    expect(check({ 'controller.kubernetes.io/pod-deletion-cost': 'x' }, spec, true)).toEqual(['error pod/annotations spec.template.metadata.annotations[controller.kubernetes.io/pod-deletion-cost]']);
  });
});
