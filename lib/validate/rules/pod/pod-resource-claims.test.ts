import { describe, expect, it } from 'vitest';
import { podResourceClaims } from './pod-resource-claims';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withClaims = (claims: unknown) => ({ containers: [{ name: 'a', image: 'x' }], resourceClaims: claims });
const R = 'spec.resourceClaims';

describe('pod/resource-claims', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(podResourceClaims, spec)).toEqual([]);
  });

  it.each([
    ['a claim from a template', withClaims([{ name: 'gpu', resourceClaimTemplateName: 'gpu-template' }]), []],
    ['a claim by name under source', withClaims([{ name: 'gpu', source: { resourceClaimName: 'shared-gpu' } }]), []],
    ['a claim without name', withClaims([{ resourceClaimName: 'c' }]), [`error pod/resource-claims ${R}[0].name`]],
    ['a name that is no DNS label', withClaims([{ name: 'gpu.0', resourceClaimName: 'c' }]), [`error pod/resource-claims ${R}[0].name`]],
    ['a name used twice', withClaims([{ name: 'gpu', resourceClaimName: 'a' }, { name: 'gpu', resourceClaimName: 'b' }]), [`error pod/resource-claims ${R}[1].name`]],
    ['neither source', withClaims([{ name: 'gpu' }]), [`error pod/resource-claims ${R}[0]`]],
    ['both sources', withClaims([{ name: 'gpu', resourceClaimName: 'a', resourceClaimTemplateName: 'b' }]), [`error pod/resource-claims ${R}[0]`]],
    ['a template name that is no subdomain', withClaims([{ name: 'gpu', resourceClaimTemplateName: 'GPU_Template' }]), [`error pod/resource-claims ${R}[0].resourceClaimTemplateName`]],
    ['an empty source under source', withClaims([{ name: 'gpu', source: {} }]), [`error pod/resource-claims ${R}[0].source`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(podResourceClaims, spec)).toEqual(expected);
  });

  it.each([
    ['1.33: claims are dropped, a warning', 33, withClaims([{ name: 'gpu.0' }]), [`warning pod/resource-claims ${R}`]],
    ['1.28: claims are dropped, a warning', 28, withClaims([{ name: 'gpu', resourceClaimName: 'c' }]), [`warning pod/resource-claims ${R}`]],
    ['1.33: an empty list says nothing', 33, withClaims([]), []],
    ['1.34: claims are checked', 34, withClaims([{ name: 'gpu.0', resourceClaimName: 'c' }]), [`error pod/resource-claims ${R}[0].name`]],
  ])('%s', (_label, minor, spec, expected) => {
    expect(summarize(podResourceClaims, spec, { minor })).toEqual(expected);
  });
});
