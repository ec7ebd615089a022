import type { PodSite } from '../../rule';

/** A value derived from one pod site and the target Kubernetes minor version. */
export type SiteDerivation<T> = (site: PodSite, minor: number) => T;

/**
 * Memoizes a value derived from a pod site, so that the rules run on one site share it
 * instead of each deriving it again (the container list, the Pod Security view...).
 *
 * The memo holds one entry: the engine runs every pod rule on a site before it moves to
 * the next site, and it makes a new site object for every object it checks. An entry is
 * reused only for the same site object, the same spec object and the same minor version;
 * anything else computes afresh, so a caller that builds its own sites (tests, other
 * checkers) always gets a value computed from what it passed.
 *
 * @param derive computes the value; it must only read the site, never change it
 * @returns a function with the signature of `derive` that returns the shared value
 */
export function memoizeOnSite<T>(derive: SiteDerivation<T>): SiteDerivation<T> {
  let lastSite: PodSite | undefined;
  let lastSpec: unknown;
  let lastMinor = Number.NaN;
  let lastValue: T | undefined;
  return (site, minor) => {
    if (site === lastSite && site.spec === lastSpec && minor === lastMinor) return lastValue as T;
    const value = derive(site, minor);
    lastSite = site;
    lastSpec = site.spec;
    lastMinor = minor;
    lastValue = value;
    return value;
  };
}
