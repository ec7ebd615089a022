import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateObjects } from '../../lib/validate';
import { gitopsDir, readDocuments, readPluginConfig } from './gitops-files';

// The GitOps example (docs/gitops.md, docs/gitops/) kept consistent: the Argo CD plugin in the
// sidecar format, the sidecar as Argo CD expects it, and the CI workflow's order of steps.
// package.test.ts runs the plugin's generate command on a real cdk8s app.

const root = resolve(__dirname, '..', '..');
const dir = gitopsDir(root);

interface Container {
  name: string;
  command?: string[];
  securityContext?: { runAsUser?: number; runAsNonRoot?: boolean };
  volumeMounts?: { name: string; mountPath: string; subPath?: string }[];
}
interface Volume {
  name: string;
  configMap?: { name: string };
  emptyDir?: object;
}
interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

function read<T>(...path: string[]): T {
  const [document] = readDocuments(join(dir, ...path));
  return document as T;
}

describe('the GitOps example', () => {
  it('has only YAML files that parse', () => {
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.ya?ml$/.test(file));
    expect(files.sort()).toEqual(['argocd/application.yaml', 'argocd/kustomization.yaml', 'argocd/podsmith-cmp.yaml', 'argocd/repo-server-patch.yaml', 'github/deploy.yml']);
    for (const file of files) expect(readDocuments(join(dir, file)).length, file).toBe(1);
  });

  it('configures the plugin in the sidecar format: synth, then validate, then print; no repository credentials', () => {
    const plugin = readPluginConfig(root);
    expect(plugin).toMatchObject({ apiVersion: 'argoproj.io/v1alpha1', kind: 'ConfigManagementPlugin', metadata: { name: 'podsmith' } });
    expect(plugin.spec.version).toBeUndefined();
    expect(plugin.spec.discover).toBeUndefined();
    expect(plugin.spec).toMatchObject({ preserveFileMode: false, provideGitCreds: false });
    expect(plugin.spec.init).toEqual({ command: ['sh', '-c'], args: [expect.stringMatching(/^npm ci .*--ignore-scripts >&2$/)] });
    expect(plugin.spec.generate.command).toEqual(['sh', '-c']);
    const script = plugin.spec.generate.args?.[0] ?? '';
    expect(script.startsWith('set -eu\n')).toBe(true);
    const order = ['cdk8s synth', 'podsmith validate', 'cat "$file"'].map((step) => script.indexOf(step));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs the sidecar as Argo CD requires: its cmp-server, user 999, the plugin config, a /tmp of its own', () => {
    const patch = read<{ kind: string; metadata: { name: string }; spec: { template: { spec: { containers: Container[]; volumes: Volume[] } } } }>('argocd', 'repo-server-patch.yaml');
    const configMap = read<{ metadata: { name: string } }>('argocd', 'podsmith-cmp.yaml');
    expect(patch).toMatchObject({ kind: 'Deployment', metadata: { name: 'argocd-repo-server' } });
    const { containers, volumes } = patch.spec.template.spec;
    const [sidecar] = containers;
    expect(sidecar.command).toEqual(['/var/run/argocd/argocd-cmp-server']);
    expect(sidecar.securityContext).toMatchObject({ runAsUser: 999, runAsNonRoot: true });
    const mounts = Object.fromEntries((sidecar.volumeMounts ?? []).map((mount) => [mount.mountPath, mount]));
    expect(mounts['/var/run/argocd']?.name).toBe('var-files');
    expect(mounts['/home/argocd/cmp-server/plugins']?.name).toBe('plugins');
    const config = mounts['/home/argocd/cmp-server/config/plugin.yaml'];
    expect(config?.subPath).toBe('plugin.yaml');
    expect(volumes.find((volume) => volume.name === config?.name)?.configMap?.name).toBe(configMap.metadata.name);
    const tmp = mounts['/tmp'];
    expect(tmp?.name).not.toBe('tmp');
    expect(volumes.find((volume) => volume.name === tmp?.name)?.emptyDir).toEqual({});
  });

  it('holds a valid pod template and ConfigMap, by podsmith validate', () => {
    const patch = read<{ spec: { template: { spec: { volumes: Volume[] } } } }>('argocd', 'repo-server-patch.yaml');
    const spec = patch.spec.template.spec;
    // var-files and plugins are volumes of the standard install that the patch is merged into.
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'repo-server' }, spec: { ...spec, volumes: [...spec.volumes, { name: 'var-files', emptyDir: {} }, { name: 'plugins', emptyDir: {} }] } };
    const configMap = read<object>('argocd', 'podsmith-cmp.yaml');
    const findings = validateObjects([pod, configMap], { podSecurity: 'restricted' });
    expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('has the Application name the plugin, and the kustomization list files that exist', () => {
    const application = read<{ spec: { source: { plugin: { name: string } } } }>('argocd', 'application.yaml');
    expect(application.spec.source.plugin.name).toBe(readPluginConfig(root).metadata.name);
    const kustomization = read<{ resources: string[]; patches: { path: string }[] }>('argocd', 'kustomization.yaml');
    const local = [...kustomization.resources.filter((resource) => !resource.startsWith('https://')), ...kustomization.patches.map((patch) => patch.path)];
    expect(local).toEqual(['podsmith-cmp.yaml', 'repo-server-patch.yaml']);
    for (const file of local) expect(existsSync(join(dir, 'argocd', file)), file).toBe(true);
  });

  it('has the CI workflow test, synthesize and validate before a later job applies the same files', () => {
    const workflow = read<{ jobs: Record<string, { needs?: string; if?: string; steps: Step[] }> }>('github', 'deploy.yml');
    const { manifests, apply } = workflow.jobs;
    const at = (steps: Step[], text: string): number => steps.findIndex((step) => step.run?.includes(text) === true);
    const order = ['npm ci', 'npm test', 'cdk8s synth', 'podsmith validate'].map((text) => at(manifests.steps, text));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(at(manifests.steps, 'kubectl')).toBe(-1);
    const upload = manifests.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/*.yaml');
    expect(apply.needs).toBe('manifests');
    expect(apply.if).toContain("github.ref == 'refs/heads/main'");
    const download = apply.steps.findIndex((step) => step.uses?.startsWith('actions/download-artifact@'));
    expect(apply.steps[download]?.with).toEqual({ name: upload?.with?.name, path: 'dist' });
    expect(download).toBeGreaterThanOrEqual(0);
    expect(at(apply.steps, 'kubectl apply -f dist/')).toBeGreaterThan(download);
  });
});
