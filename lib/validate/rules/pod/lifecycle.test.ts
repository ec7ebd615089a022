import { describe, expect, it } from 'vitest';
import { lifecycle } from './lifecycle';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withHooks = (hooks: unknown, extra: Record<string, unknown> = {}) => ({ containers: [{ name: 'a', image: 'x', lifecycle: hooks }], ...extra });
const L = 'spec.containers[0].lifecycle';

describe('probe/lifecycle', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(lifecycle, spec)).toEqual([]);
  });

  it.each([
    ['no hooks', withHooks({}), []],
    ['a hook without handler', withHooks({ preStop: {} }), [`error probe/handler ${L}.preStop`]],
    ['a hook with two handlers', withHooks({ preStop: { exec: { command: ['x'] }, sleep: { seconds: 1 } } }), [`error probe/handler ${L}.preStop.sleep`]],
    ['an exec hook without command', withHooks({ postStart: { exec: { command: [] } } }), [`error probe/exec-command ${L}.postStart.exec.command`]],
    ['an httpGet hook on port 0', withHooks({ postStart: { httpGet: { port: 0 } } }), [`error probe/port ${L}.postStart.httpGet.port`]],
    ['a sleep of 5 seconds', withHooks({ preStop: { sleep: { seconds: 5 } } }), []],
    ['a sleep longer than the default grace period', withHooks({ preStop: { sleep: { seconds: 31 } } }), [`error probe/sleep ${L}.preStop.sleep`]],
    ['a sleep longer than the pod grace period', withHooks({ preStop: { sleep: { seconds: 20 } } }, { terminationGracePeriodSeconds: 10 }), [`error probe/sleep ${L}.preStop.sleep`]],
    ['a negative sleep', withHooks({ preStop: { sleep: { seconds: -1 } } }), [`error probe/sleep ${L}.preStop.sleep`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(lifecycle, spec)).toEqual(expected);
  });

  it.each([
    [32, ['error probe/sleep spec.containers[0].lifecycle.preStop.sleep']],
    [33, []],
  ])('a sleep of 0 seconds on 1.%i', (minor, expected) => {
    expect(summarize(lifecycle, withHooks({ preStop: { sleep: { seconds: 0 } } }), { minor })).toEqual(expected);
  });

  it('drops sleep beside another handler on 1.29 (a warning, not two handlers)', () => {
    expect(summarize(lifecycle, withHooks({ preStop: { exec: { command: ['true'] }, sleep: { seconds: 1 } } }), { minor: 29 })).toEqual(['warning probe/sleep spec.containers[0].lifecycle.preStop.sleep']);
    expect(summarize(lifecycle, withHooks({ preStop: { exec: { command: ['true'] }, sleep: { seconds: 1 } } }), { minor: 30 })).toEqual(['error probe/handler spec.containers[0].lifecycle.preStop.sleep']);
  });

  it('warns that stopSignal is dropped (ContainerStopSignals off by default)', () => {
    expect(summarize(lifecycle, withHooks({ stopSignal: 'SIGUSR1' }), { minor: 33 })).toEqual(['warning probe/stop-signal spec.containers[0].lifecycle.stopSignal']);
  });

  it('refuses the sleep hook on 1.29, where it is off by default', () => {
    expect(summarize(lifecycle, withHooks({ preStop: { sleep: { seconds: 1 } } }), { minor: 29 })).toEqual(['error probe/sleep spec.containers[0].lifecycle.preStop.sleep']);
  });

  it('leaves the sleep hook on 1.28 to the schema layer, where the field does not exist', () => {
    expect(summarize(lifecycle, withHooks({ preStop: { sleep: { seconds: 1 } } }), { minor: 28 })).toEqual([]);
  });

  it('refuses hooks on a run-to-completion init container', () => {
    const spec = { containers: [], initContainers: [{ name: 'i', image: 'x', lifecycle: { preStop: { exec: { command: ['x'] } } } }] };
    expect(summarize(lifecycle, spec)).toEqual(['error probe/init-container spec.initContainers[0].lifecycle']);
  });
});
