import { describe, expect, it } from 'vitest';
import { App, Chart, Pod, Probe } from '../../lib';
import { synthOutcome } from './synth-outcome';

const OPTIONS = { constructPrefix: 'c/', kubernetesVersion: '1.36' };

function appWith(props: ConstructorParameters<typeof Pod>[2], appProps: ConstructorParameters<typeof App>[0] = {}): App {
  const app = new App(appProps);
  new Pod(new Chart(app, 'c', { disableResourceNameHashes: true }), 'web', props);
  return app;
}

describe('synthOutcome', () => {
  it('calls a crash while building a finding', () => {
    const outcome = synthOutcome(() => {
      throw new TypeError('boom');
    }, OPTIONS);
    expect(outcome).toEqual({ kind: 'finding', problem: 'building threw TypeError: boom' });
  });

  it('accepts a usage error that names the construct and the prop', () => {
    expect(synthOutcome(() => appWith({ containers: [{ name: 'a', image: ' ' }] }), OPTIONS)).toEqual({ kind: 'usage-error', prop: 'containers[0].image' });
  });

  it('accepts a usage error of a value object factory that names the call and the prop', () => {
    expect(synthOutcome(() => appWith({ containers: [{ name: 'a', image: 'x', livenessProbe: Probe.exec([]) }] }), OPTIONS)).toEqual({ kind: 'usage-error', prop: 'command' });
  });

  it('calls a usage error about a construct outside the expected path a finding', () => {
    const outcome = synthOutcome(() => appWith({ containers: [{ name: 'a', image: ' ' }] }), { ...OPTIONS, constructPrefix: 'elsewhere/' });
    expect(outcome.kind).toBe('finding');
  });

  it('lists the rules of a refused app', () => {
    expect(synthOutcome(() => appWith({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 0 }] }] }), OPTIONS)).toEqual({ kind: 'reported', ruleIds: ['ports/container-port'] });
  });

  it('returns the objects of an app that synthesizes and reads back', () => {
    const outcome = synthOutcome(() => appWith({ containers: [{ name: 'a', image: 'yes', args: ['0755', 'on', ' x'] }] }), OPTIONS);
    expect(outcome).toEqual({
      kind: 'synthesized',
      objects: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'a', image: 'yes', args: ['0755', 'on', ' x'] }] } }],
    });
  });

  it('calls output that cannot be written as YAML a finding', () => {
    const outcome = synthOutcome(() => appWith({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: Number.NaN }] }] }, { validate: false }), OPTIONS);
    expect(outcome.kind).toBe('finding');
    expect(outcome.kind === 'finding' && outcome.problem).toContain('emitting or reading the YAML failed');
  });
});
