import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from './suggest';

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['a', '', 1],
    ['image', 'image', 0],
    ['imagePulPolicy', 'imagePullPolicy', 1],
    ['contianers', 'containers', 1],
    ['abc', 'xyz', 3],
  ])('%j to %j is %i', (a, b, d) => expect(editDistance(a, b, 5)).toBe(d));

  it('stops past the limit', () => expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3));
});

describe('suggestName', () => {
  const fields = ['image', 'imagePullPolicy', 'name', 'ports', 'env', 'envFrom', 'volumeMounts'];
  it.each<[string, string | undefined]>([
    ['', undefined],
    ['imagePulPolicy', 'imagePullPolicy'],
    ['imagepullpolicy', 'imagePullPolicy'],
    ['volumemount', 'volumeMounts'],
    ['port', 'ports'],
    ['nmae', 'name'],
    ['command', undefined],
    ['xyz', undefined],
  ])('%j suggests %j', (name, expected) => expect(suggestName(name, fields)).toBe(expected));
});
