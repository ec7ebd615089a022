import { describe, expect, it } from 'vitest';
import type { PodSite } from '../../rule';
import { memoizeOnSite } from './site-memo';

const site = (spec: unknown): PodSite => ({ ownerKind: 'Pod', specPath: 'spec', spec, metadataPath: 'metadata', metadata: {}, isTemplate: false });

describe('memoizeOnSite', () => {
  it('derives once for consecutive calls on one site and minor version', () => {
    let calls = 0;
    const derive = memoizeOnSite((s, minor) => ({ calls: ++calls, minor, spec: s.spec }));
    const pod = site({ containers: [] });
    const first = derive(pod, 36);
    expect(derive(pod, 36)).toBe(first);
    expect(calls).toBe(1);
  });

  it('derives again for another site, another spec object or another minor version', () => {
    let calls = 0;
    const derive = memoizeOnSite(() => ++calls);
    const spec = { containers: [] };
    const pod = site(spec);
    derive(pod, 36);
    derive(site(spec), 36);
    expect(calls).toBe(2);
    const other = site({ containers: [] });
    derive(other, 36);
    derive(other, 28);
    expect(calls).toBe(4);
    const mutable = { ...other, spec: { containers: [] } };
    derive(mutable, 28);
    (mutable as { spec: unknown }).spec = { containers: [{}] };
    derive(mutable, 28);
    expect(calls).toBe(6);
  });

  it('keeps nothing from a derivation that throws', () => {
    const derive = memoizeOnSite((s) => {
      if (s.spec === 'bad') throw new Error('bad spec');
      return s.spec;
    });
    const pod = site('good');
    expect(derive(pod, 36)).toBe('good');
    expect(() => derive(site('bad'), 36)).toThrow('bad spec');
    expect(derive(pod, 36)).toBe('good');
  });
});
