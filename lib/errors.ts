import type { IConstruct } from 'constructs';

/**
 * A misuse that is wrong whatever else happens (an empty image, a negative quantity),
 * thrown at once. The message names the construct path and the prop.
 */
export class PodsmithUsageError extends Error {
  /** Path of the construct the prop belongs to, if known. */
  public readonly constructPath?: string;
  /** The prop, as a field path inside the construct's props, e.g. `containers[0].image`. */
  public readonly prop: string;

  /**
   * @param where the construct, or a description of the call when no construct is known (`Probe.exec`)
   * @param prop the prop that is wrong
   * @param problem what is wrong and how to fix it
   */
  public constructor(where: IConstruct | string, prop: string, problem: string) {
    const location = typeof where === 'string' ? where : describeConstruct(where);
    super(`${location}: ${prop}: ${problem}`);
    this.name = 'PodsmithUsageError';
    this.constructPath = typeof where === 'string' ? undefined : where.node.path;
    this.prop = prop;
  }
}

/** `seeds/web (Pod)`: the construct path and the construct's class. */
export function describeConstruct(construct: IConstruct): string {
  return `${construct.node.path || '<root>'} (${construct.constructor.name})`;
}
