import { describe, expect, it } from 'vitest';
import type { PodContainer } from './pod-containers';
import { forEachPort } from './container-ports';

function container(name: string, ports: unknown): PodContainer {
  return { kind: 'containers', index: 0, path: `c-${name}`, value: { name, ports }, name } as unknown as PodContainer;
}

describe('forEachPort', () => {
  const containers = [
    container('a', [{ containerPort: 1 }, 'not a port', null, { containerPort: 2 }]),
    container('b', undefined),
    container('c', [{ containerPort: 3 }]),
  ];

  it.each([
    [0, 3, ['a#0', 'a#3', 'c#0']],
    [1, 3, ['c#0']],
    [0, 1, ['a#0', 'a#3']],
    [2, 2, []],
  ])('visits the port objects of containers [%i, %i) in order, with their indexes', (start, end, expected) => {
    const seen: string[] = [];
    forEachPort(containers, start, end, (c, port, index) => {
      expect(port).toBe((c.value.ports as unknown[])[index]);
      seen.push(`${c.name}#${index}`);
    });
    expect(seen).toEqual(expected);
  });
});
