import { arrayAt, isRecord, type JsonRecord } from './access';
import type { PodContainer } from './pod-containers';

/**
 * Calls `visit` with each port entry that is an object, of `containers[start, end)` in
 * order, with its index in the container's `ports`.
 */
export function forEachPort(
  containers: readonly PodContainer[],
  start: number,
  end: number,
  visit: (container: PodContainer, port: JsonRecord, index: number) => void,
): void {
  for (let c = start; c < end; c++) {
    const container = containers[c];
    const ports = arrayAt(container.value, 'ports');
    if (ports === undefined) continue;
    for (let index = 0; index < ports.length; index++) {
      const port = ports[index];
      if (isRecord(port)) visit(container, port, index);
    }
  }
}
