import { describe, expect, it } from 'vitest';
import type * as k8s from '../lib/k8s/types.generated';
import { checkHandedEnv, checkMainContainer, locateContainer, placesOfName } from './wiring-checks';

const spec: k8s.PodSpec = {
  initContainers: [{ name: 'setup' }, { name: 'shared' }],
  containers: [{ name: 'app' }, { name: 'shared' }],
  ephemeralContainers: [{ name: 'debug' }],
};

describe('locateContainer and placesOfName', () => {
  it.each([
    ['containers', 'app', 'containers[0]'],
    ['containers', 'shared', 'containers[1]'],
    ['initContainers', 'shared', 'initContainers[1]'],
    ['initContainers', 'app', undefined],
    ['containers', 'nope', undefined],
  ] as const)('%s / %s -> %s', (list, name, path) => {
    expect(locateContainer(spec, list, name)?.path).toBe(path);
  });

  it('finds nothing in an empty spec', () => {
    expect(locateContainer({ containers: [] }, 'initContainers', 'x')).toBeUndefined();
    expect(placesOfName({ containers: [] }, 'x')).toEqual([]);
  });

  it('lists every place of a name, init containers first', () => {
    expect(placesOfName(spec, 'shared')).toEqual(['initContainers[1]', 'containers[1]']);
    expect(placesOfName(spec, 'debug')).toEqual(['ephemeralContainers[0]']);
  });
});

describe('checkMainContainer', () => {
  it.each([
    ['app', []],
    ['setup', [`mainContainer: "setup" is an init container (initContainers[0]); a pattern's main container is one of the pod's containers ("app", "shared"): name one of them`]],
    ['api', ['mainContainer: the pod has no container named "api" (containers: "app", "shared"); name one of them, or leave mainContainer unset to use the first']],
  ])('%s', (name, errors) => {
    expect(checkMainContainer(spec, name)).toEqual(errors);
  });

  it('says "none" for a pod without containers', () => {
    expect(checkMainContainer({ containers: [] }, 'app')).toEqual(['mainContainer: the pod has no container named "app" (containers: none); name one of them, or leave mainContainer unset to use the first']);
  });
});

describe('checkHandedEnv', () => {
  const handed = { env: { name: 'ADDR', value: 'localhost:1' }, prop: 'addressEnv' };
  it.each([
    ['no env at all', undefined, 0],
    ['the handed variable only', [handed.env], 0],
    ['other variables', [{ name: 'X', value: '1' }, handed.env], 0],
    ['its own variable of that name', [{ name: 'ADDR', value: 'elsewhere' }, handed.env], 1],
  ])('%s', (_case, env, count) => {
    expect(checkHandedEnv({ path: 'containers[0]', container: { name: 'app', env } }, handed)).toHaveLength(count);
  });
});
