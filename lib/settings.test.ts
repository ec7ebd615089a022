import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { attachSettings, DEFAULT_KUBERNETES_VERSION, minorOf, settingsOf } from './settings';

describe('settingsOf', () => {
  it('gives the defaults when no scope has settings', () => {
    const root = new Construct(undefined as unknown as Construct, '');
    expect(settingsOf(new Construct(root, 'a'))).toEqual({ kubernetesVersion: DEFAULT_KUBERNETES_VERSION, podSecurity: undefined, validate: true });
  });

  it('takes each setting from the nearest scope that names it', () => {
    const root = new Construct(undefined as unknown as Construct, '');
    attachSettings(root, { kubernetesVersion: '1.30', podSecurity: 'restricted', validate: false });
    const chart = new Construct(root, 'chart');
    attachSettings(chart, { kubernetesVersion: '1.33' });
    const leaf = new Construct(chart, 'pod');
    expect(settingsOf(leaf)).toEqual({ kubernetesVersion: '1.33', podSecurity: 'restricted', validate: false });
  });

  it('lets a chart switch off the app profile by naming it as undefined', () => {
    const root = new Construct(undefined as unknown as Construct, '');
    attachSettings(root, { podSecurity: 'baseline' });
    const chart = new Construct(root, 'chart');
    attachSettings(chart, { podSecurity: undefined });
    expect(settingsOf(new Construct(chart, 'pod')).podSecurity).toBeUndefined();
    expect(settingsOf(new Construct(root, 'other')).podSecurity).toBe('baseline');
  });
});

describe('minorOf', () => {
  it.each([
    ['1.28', 28],
    ['1.36', 36],
    ['', undefined],
    ['1', undefined],
    ['2.1', undefined],
    ['1.3x', undefined],
    ['v1.30', undefined],
  ])('%j -> %j', (version, minor) => {
    expect(minorOf(version)).toBe(minor);
  });
});
