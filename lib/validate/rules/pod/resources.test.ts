import { describe, expect, it } from 'vitest';
import { resources } from './resources';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withResources = (res: unknown, extra: Record<string, unknown> = {}) => ({ containers: [{ name: 'a', image: 'x', resources: res }], ...extra });
const R = 'spec.containers[0].resources';

describe('resources/values', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(resources, spec)).toEqual([]);
  });

  it.each([
    ['resources of the wrong type', withResources('big'), []],
    ['empty resources', withResources({}), []],
    ['the seed web pod', withResources({ requests: { cpu: '200m', memory: '250Mi' }, limits: { cpu: '1', memory: '500Mi' } }), []],
    ['numbers', withResources({ requests: { cpu: 0.5, memory: 1024 } }), []],
    ['an unknown resource name', withResources({ limits: { gpu: '1' } }), [`error resources/name ${R}.limits[gpu]`]],
    ['a bad qualified name', withResources({ limits: { 'example.com/bad name': '1' } }), [`error resources/name ${R}.limits[example.com/bad name]`]],
    ['a kubernetes.io resource', withResources({ limits: { 'kubernetes.io/anything': '1' } }), []],
    ['a bad quantity (the schema layer reports it)', withResources({ requests: { memory: '250MB' } }), []],
    ['a negative quantity', withResources({ requests: { cpu: '-1' } }), [`error resources/negative ${R}.requests[cpu]`]],
    ['requests above limits', withResources({ requests: { cpu: '2' }, limits: { cpu: '1' } }), [`error resources/requests-exceed-limits ${R}.requests[cpu]`]],
    ['requests above limits in other units', withResources({ requests: { memory: '1Gi' }, limits: { memory: '1G' } }), [`error resources/requests-exceed-limits ${R}.requests[memory]`]],
    ['requests equal to limits', withResources({ requests: { memory: '1024Mi' }, limits: { memory: '1Gi' } }), []],
    ['an extended resource request without limit', withResources({ requests: { 'example.com/gpu': '1' } }), [`error resources/limit-required ${R}.limits[example.com/gpu]`]],
    ['an extended resource request below its limit', withResources({ requests: { 'example.com/gpu': '1' }, limits: { 'example.com/gpu': '2' } }), [`error resources/requests-equal-limits ${R}.requests[example.com/gpu]`]],
    ['an extended resource limit only', withResources({ limits: { 'example.com/gpu': '2' } }), []],
    ['a fractional extended resource', withResources({ limits: { 'example.com/gpu': '500m' } }), [`error resources/integer ${R}.limits[example.com/gpu]`]],
    ['hugepages with memory', withResources({ limits: { 'hugepages-2Mi': '4Mi', memory: '1Gi' }, requests: { 'hugepages-2Mi': '4Mi' } }), []],
    ['hugepages alone', withResources({ limits: { 'hugepages-2Mi': '4Mi' } }), [`error resources/hugepages ${R}`]],
    ['hugepages not a multiple of the page', withResources({ limits: { 'hugepages-2Mi': '3Mi', cpu: '1' } }), [`error resources/hugepages ${R}.limits[hugepages-2Mi]`]],
    ['fractional memory', withResources({ requests: { memory: '0.5' } }), [`warning resources/fractional-bytes ${R}.requests[memory]`]],
    ['fractional cpu', withResources({ requests: { cpu: '0.5' } }), []],
    ['a claim that exists', withResources({ claims: [{ name: 'gpu' }] }, { resourceClaims: [{ name: 'gpu', resourceClaimName: 'c' }] }), []],
    ['a claim that does not exist', withResources({ claims: [{ name: 'gpu' }] }), [`error resources/claims ${R}.claims[0]`]],
    ['a claim listed twice', withResources({ claims: [{ name: 'gpu' }, { name: 'gpu' }] }, { resourceClaims: [{ name: 'gpu', resourceClaimName: 'c' }] }), [`error resources/claims ${R}.claims[1]`]],
    ['one claim with two requests', withResources({ claims: [{ name: 'gpu', request: 'a' }, { name: 'gpu', request: 'b' }] }, { resourceClaims: [{ name: 'gpu', resourceClaimName: 'c' }] }), []],
    ['a request listed twice', withResources({ claims: [{ name: 'gpu', request: 'a' }, { name: 'gpu', request: 'a' }] }, { resourceClaims: [{ name: 'gpu', resourceClaimName: 'c' }] }), [`error resources/claims ${R}.claims[1]`]],
    ['a request that is no DNS label', withResources({ claims: [{ name: 'gpu', request: 'Big_GPU' }] }, { resourceClaims: [{ name: 'gpu', resourceClaimName: 'c' }] }), [`error resources/claims ${R}.claims[0].request`]],
    ['a claim without name', withResources({ claims: [{ name: '' }] }), [`error resources/claims ${R}.claims[0]`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(resources, spec)).toEqual(expected);
  });

  it.each([
    ['1.33: claims are dropped, a warning', 33, withResources({ claims: [{ name: 'gpu' }] }), [`warning resources/claims ${R}.claims`]],
    ['1.34: claims are checked', 34, withResources({ claims: [{ name: 'gpu' }] }), [`error resources/claims ${R}.claims[0]`]],
  ])('%s', (_label, minor, spec, expected) => {
    expect(summarize(resources, spec, { minor })).toEqual(expected);
  });
});
