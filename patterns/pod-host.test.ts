import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import { Pod } from '../lib/pod';
import { findPodHost, isPodHost, registeredPatterns, registerPattern } from './pod-host';

describe('pod hosts', () => {
  const chart = new Chart(new App(), 'test');
  const pod = new Pod(chart, 'web', { containers: [{ name: 'app', image: 'nginx' }] });

  it.each([
    ['a Pod', pod, true],
    ['a chart', chart, false],
    ['a plain construct', new Construct(chart, 'plain'), false],
  ])('isPodHost(%s) is %j', (_case, construct, expected) => {
    expect(isPodHost(construct)).toBe(expected);
  });

  it('finds the nearest host among the scopes, never the construct itself', () => {
    expect(findPodHost(new Construct(pod, 'direct'))).toBe(pod);
    expect(findPodHost(new Construct(new Construct(pod, 'group'), 'nested'))).toBe(pod);
    expect(findPodHost(new Construct(chart, 'outside'))).toBeUndefined();
    expect(findPodHost(pod)).toBeUndefined();
  });

  it('records patterns per host, in order', () => {
    const other = new Pod(chart, 'other', { containers: [{ name: 'app', image: 'nginx' }] });
    const a = new Construct(pod, 'a');
    const b = new Construct(pod, 'b');
    expect(registeredPatterns(pod)).toEqual([]);
    registerPattern(pod, a);
    registerPattern(pod, b);
    expect(registeredPatterns(pod)).toEqual([a, b]);
    expect(registeredPatterns(other)).toEqual([]);
  });
});
