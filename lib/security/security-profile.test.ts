import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { PodsmithUsageError } from '../errors';
import { checkSecurityProfile, isSecurityProfile, SECURITY_PROFILES } from './security-profile';

describe('isSecurityProfile', () => {
  it.each([undefined, null, '', 'Restricted', 'baseline', 'privileged', 1, {}])('refuses %j', (value) => {
    expect(isSecurityProfile(value)).toBe(false);
  });

  it.each(SECURITY_PROFILES.map((p) => [p]))('accepts %s', (profile) => {
    expect(isSecurityProfile(profile)).toBe(true);
  });
});

describe('checkSecurityProfile', () => {
  const owner = new Construct(new Construct(undefined as unknown as Construct, ''), 'web');

  it.each([undefined, 'restricted', 'none'])('accepts %j', (value) => {
    expect(() => checkSecurityProfile(owner, 'securityProfile', value)).not.toThrow();
  });

  it.each(['', 'baseline', 'RESTRICTED', 1, true])('throws at once on %j, naming the construct path and the prop', (value) => {
    let error: unknown;
    try {
      checkSecurityProfile(owner, 'template.securityProfile', value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PodsmithUsageError);
    expect((error as PodsmithUsageError).constructPath).toBe('web');
    expect((error as PodsmithUsageError).prop).toBe('template.securityProfile');
    expect((error as Error).message).toContain(`web (Construct): template.securityProfile: unknown security profile ${JSON.stringify(value)}`);
    expect((error as Error).message).toContain("use 'restricted'");
  });
});
