import { describe, expect, it } from 'vitest';
import { droppedField } from './dropped-field';

describe('droppedField', () => {
  it('is a warning saying which version drops the field and why, with the rule id given', () => {
    expect(droppedField('stopSignal is', 34, 'ContainerStopSignals', 'spec.containers[0].lifecycle.stopSignal', 'remove it', 'probe/stop-signal')).toEqual({
      ruleId: 'probe/stop-signal',
      severity: 'warning',
      fieldPath: 'spec.containers[0].lifecycle.stopSignal',
      message: 'stopSignal is dropped by Kubernetes 1.34, where ContainerStopSignals is off by default',
      hint: 'remove it',
    });
  });

  it("leaves the rule id to the reporting rule when none is given", () => {
    expect(droppedField('resizePolicy is', 32, 'in-place resize', 'spec.containers[0].resizePolicy', 'remove it')).toEqual({
      severity: 'warning',
      fieldPath: 'spec.containers[0].resizePolicy',
      message: 'resizePolicy is dropped by Kubernetes 1.32, where in-place resize is off by default',
      hint: 'remove it',
    });
  });
});
