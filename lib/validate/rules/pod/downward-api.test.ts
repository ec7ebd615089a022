import { describe, expect, it } from 'vitest';
import { checkDivisor, checkFieldPath, checkResourceField } from './downward-api';

describe('downward API', () => {
  it.each([
    ['metadata.name', 'env', true], ['status.podIPs', 'env', true], ['metadata.labels', 'env', false], ['metadata.labels', 'volume', true],
    ["metadata.annotations['Example.com/Key']", 'env', true], ["metadata.labels['bad key']", 'volume', false], ['status.podIP', 'volume', false], ['spec.nodeName', 'env', true],
  ] as const)('%s for %s is valid: %s', (path, use, valid) => {
    expect(checkFieldPath(path, use, 36) === undefined).toBe(valid);
  });

  it.each([['limits.cpu', true], ['requests.hugepages-2Mi', true], ['limits.gpu', false]])('resource %s is valid: %s', (resource, valid) => {
    expect(checkResourceField(resource) === undefined).toBe(valid);
  });

  it.each([['limits.cpu', '1m', true], ['limits.cpu', '1Mi', false], ['limits.memory', '1Mi', true], ['limits.memory', '3', false], ['limits.memory', '0', true], ['limits.memory', '1024', false], ['limits.memory', '1024Ki', true], ['limits.memory', '1000', true], ['limits.memory', '1e3', false], ['limits.cpu', '1e0', true], ['limits.cpu', '0.001', true], ['limits.cpu', '1e-3', false], ['limits.foo', '3', true]])('divisor of %s %s is valid: %s', (resource, divisor, valid) => {
    expect(checkDivisor(resource, divisor) === undefined).toBe(valid);
  });
});
