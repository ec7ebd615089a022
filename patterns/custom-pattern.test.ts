import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { App } from '../lib/app';
import { Chart } from '../lib/chart';
import type * as k8s from '../lib/k8s/types.generated';
import { Pod, type PodProps } from '../lib/pod';
import { Sidecar, type SidecarProps } from './sidecar';

// The README's example of one's own pattern, kept compiling and working here.

/** Props of {@link GitSync}. */
interface GitSyncProps extends Omit<SidecarProps, 'image' | 'args' | 'shares'> {
  /** Repository to pull, e.g. `https://github.com/example/site`. */
  readonly repo: string;
  /** Where the main container reads the content; the checkout is `<mountPath>/current`. */
  readonly mountPath: string;
  /** @default 'registry.k8s.io/git-sync/git-sync:v4.4.0' */
  readonly image?: string;
}

/** A content puller: keeps a git checkout fresh in a volume the main container reads. */
class GitSync extends Sidecar {
  public constructor(scope: Construct, id: string, props: GitSyncProps) {
    const { repo, mountPath, image, ...sidecar } = props;
    super(scope, id, {
      ...sidecar,
      image: image ?? 'registry.k8s.io/git-sync/git-sync:v4.4.0',
      args: [`--repo=${repo}`, '--root=/git', '--link=current', '--period=60s'],
      shares: { volume: 'content', mountPath: '/git', mainMountPath: mountPath, mainReadOnly: true },
    });
    this.handToMain({ name: 'CONTENT_DIR', value: `${mountPath}/current` }, 'mountPath');
  }

  protected override checkWiring(spec: k8s.PodSpec): string[] {
    const errors = super.checkWiring(spec);
    if (spec.securityContext?.fsGroup !== 65533) {
      errors.push('securityContext.fsGroup: git-sync runs as user 65533 and writes the shared volume; set the pod\'s securityContext.fsGroup to 65533');
    }
    return errors;
  }
}

function site(props: Partial<PodProps> = {}): { app: App; pod: Pod } {
  const app = new App();
  const pod = new Pod(new Chart(app, 'site', { disableResourceNameHashes: true }), 'web', {
    securityContext: { fsGroup: 65533 },
    containers: [{ name: 'nginx', image: 'nginx:1.27' }],
    ...props,
  });
  return { app, pod };
}

describe('a pattern of one\'s own, built on Sidecar', () => {
  it('wires the shared volume, the main container variable and its own arguments', () => {
    const { app, pod } = site();
    new GitSync(pod, 'git-sync', { repo: 'https://github.com/example/site', mountPath: '/usr/share/nginx/html' });
    expect(pod.toJson().spec).toEqual({
      securityContext: { fsGroup: 65533 },
      initContainers: [
        {
          name: 'git-sync',
          image: 'registry.k8s.io/git-sync/git-sync:v4.4.0',
          args: ['--repo=https://github.com/example/site', '--root=/git', '--link=current', '--period=60s'],
          restartPolicy: 'Always',
          volumeMounts: [{ name: 'content', mountPath: '/git' }],
        },
      ],
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.27',
          volumeMounts: [{ name: 'content', mountPath: '/usr/share/nginx/html', readOnly: true }],
          env: [{ name: 'CONTENT_DIR', value: '/usr/share/nginx/html/current' }],
        },
      ],
      volumes: [{ name: 'content', emptyDir: {} }],
    });
    expect(() => app.synthYaml()).not.toThrow();
  });

  it('adds its own synth check to the inherited ones', () => {
    const { app, pod } = site({ securityContext: undefined });
    new GitSync(pod, 'git-sync', { repo: 'https://github.com/example/site', mountPath: '/usr/share/nginx/html', mainContainer: 'missing' });
    expect(() => app.synthYaml()).toThrow(/\[site\/web\/git-sync\] mainContainer: the pod has no container named "missing"[\s\S]*\[site\/web\/git-sync\] securityContext\.fsGroup: git-sync runs as user 65533/);
  });
});
