import { describe, expect, it } from 'vitest';
import { envNameFromId, isPortNumber, withAdditions } from './container-additions';

describe('withAdditions', () => {
  it('leaves props untouched when nothing is added', () => {
    const props = { image: 'x', ports: [{ containerPort: 1 }] };
    expect(withAdditions(props, {})).toEqual(props);
    expect(withAdditions({ image: 'x' }, { ports: [], env: [], args: [] })).toEqual({ image: 'x' });
  });

  it('appends after the container lists, without changing them', () => {
    const props = { image: 'x', args: ['--own'], env: [{ name: 'A', value: '1' }] };
    const result = withAdditions(props, { args: ['--added'], env: [{ name: 'B', value: '2' }], ports: [{ containerPort: 9 }] });
    expect(result).toEqual({ image: 'x', args: ['--own', '--added'], env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], ports: [{ containerPort: 9 }] });
    expect(props.args).toEqual(['--own']);
  });
});

describe('envNameFromId', () => {
  it.each([
    ['redis', 'REDIS_ADDR'],
    ['a', 'A_ADDR'],
    ['my-cache', 'MY_CACHE_ADDR'],
    ['x.y/z', 'X_Y_Z_ADDR'],
    ['9lives', '_9LIVES_ADDR'],
    ['Already_Upper', 'ALREADY_UPPER_ADDR'],
  ])('%s -> %s', (id, name) => {
    expect(envNameFromId(id, 'ADDR')).toBe(name);
  });
});

describe('isPortNumber', () => {
  it.each([
    [undefined, false],
    [0, false],
    [1, true],
    [65535, true],
    [65536, false],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
    ['80', false],
  ])('%j -> %j', (port, expected) => {
    expect(isPortNumber(port)).toBe(expected);
  });
});
