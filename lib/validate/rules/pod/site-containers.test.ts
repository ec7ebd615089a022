import { describe, expect, it } from 'vitest';
import type { PodSite } from '../../rule';
import { itemPath, podContainers, siteContainers } from './pod-containers';

const spec = {
  containers: [{ name: 'web' }, 'junk'],
  initContainers: [{ name: 'setup' }, { name: 'proxy', restartPolicy: 'Always' }],
  ephemeralContainers: [{ image: 'x' }],
};
const site = (value: unknown, specPath = 'spec'): PodSite => ({ ownerKind: 'Deployment', specPath, spec: value, metadataPath: 'metadata', metadata: {}, isTemplate: true });

describe('siteContainers', () => {
  it('groups the containers of a site as podContainers lists them', () => {
    const view = siteContainers(site(spec, 'spec.template.spec'), 36);
    const paths = (list: readonly { path: string }[]) => list.map((c) => c.path);
    expect(paths(view.all)).toEqual(paths(podContainers(spec, 'spec.template.spec', 36)));
    expect(paths(view.withInit)).toEqual(paths(podContainers(spec, 'spec.template.spec', 36, ['containers', 'initContainers'])));
    expect(paths(view.regular)).toEqual(['spec.template.spec.containers[0]']);
    expect(paths(view.init)).toEqual(['spec.template.spec.initContainers[0]', 'spec.template.spec.initContainers[1]']);
    expect(view.init.map((c) => c.sidecar)).toEqual([false, true]);
  });

  it('gives the same lists to every rule run on one site, and fresh ones for the next site', () => {
    const pod = site(spec);
    expect(siteContainers(pod, 36)).toBe(siteContainers(pod, 36));
    expect(siteContainers(pod, 28).init.some((c) => c.sidecar)).toBe(false);
    expect(siteContainers(site({ containers: [{ name: 'other' }] }), 36).all.map((c) => c.name)).toEqual(['other']);
  });

  it.each([undefined, null, 'spec', [], { containers: 'web' }])('has no containers in %j', (value) => {
    expect(siteContainers(site(value), 36).all).toEqual([]);
  });
});

describe('itemPath', () => {
  it('names an entry of a container list, or a field of it', () => {
    const [web] = podContainers(spec, 'spec', 36);
    expect(itemPath(web, 'ports', 2)).toBe('spec.containers[0].ports[2]');
    expect(itemPath(web, 'env', 1, 'name')).toBe('spec.containers[0].env[1].name');
  });
});
