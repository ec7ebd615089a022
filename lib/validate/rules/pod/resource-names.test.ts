import { describe, expect, it } from 'vitest';
import { checkContainerResourceName, isExtendedResource, isOvercommitAllowed } from './resource-names';

describe('resource names', () => {
  it.each([
    ['cpu', true], ['memory', true], ['ephemeral-storage', true], ['hugepages-2Mi', true], ['example.com/gpu', true], ['kubernetes.io/x', true],
    ['storage', false], ['pods', false], ['gpu', false], ['example.com/bad name', false], ['a/b/c', false],
  ])('%j is a container resource: %s', (name, valid) => {
    expect(checkContainerResourceName(name) === undefined).toBe(valid);
  });

  it('knows which resources may be overcommitted', () => {
    expect(isOvercommitAllowed('cpu')).toBe(true);
    expect(isOvercommitAllowed('hugepages-2Mi')).toBe(false);
    expect(isOvercommitAllowed('example.com/gpu')).toBe(false);
    expect(isExtendedResource('example.com/gpu')).toBe(true);
    expect(isExtendedResource('kubernetes.io/gpu')).toBe(false);
  });
});
