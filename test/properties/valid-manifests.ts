import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addExamples } from '../../examples/app';
import { App, settingsOf } from '../../lib';
import { checkApp } from '../../lib/synth/synth-app';
import { readYaml11 } from './synth-outcome';

/** A manifest the validator accepts, with where it came from and the version it targets. */
export interface ValidManifest {
  /** e.g. `example seeds/webapp (Pod)` or `seed examples/seeds/manifests/nginx.yaml`. */
  readonly source: string;
  /** The object, plain JSON. */
  readonly object: Readonly<Record<string, unknown>>;
  /** The Kubernetes version it is valid for. */
  readonly kubernetesVersion: string;
}

/** The folders of the seed manifests (YAML 1.1 or JSON, one object per document). */
export const SEED_FOLDERS: readonly string[] = ['examples/seeds/manifests', 'examples/workloads/manifests'];

const POD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);

/** Every pod-bearing object of the examples app, with the Kubernetes version of its chart. */
export function exampleManifests(): ValidManifest[] {
  const app = new App();
  addExamples(app);
  return checkApp(app)
    .rendered.charts.flatMap((chart) => chart.objects)
    .filter((o) => POD_KINDS.has(o.json.kind as string))
    .map((o) => ({ source: `example ${o.apiObject.node.path} (${o.json.kind as string})`, object: o.json, kubernetesVersion: settingsOf(o.apiObject).kubernetesVersion }));
}

/** Every pod-bearing object of the seed manifests, for the default Kubernetes version. */
export function seedManifests(root: string): ValidManifest[] {
  return SEED_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((file) => /\.(ya?ml|json)$/.test(file))
      .sort()
      .flatMap((file) =>
        readYaml11(readFileSync(join(root, folder, file), 'utf8'))
          .filter((object): object is Record<string, unknown> => typeof object === 'object' && object !== null && POD_KINDS.has((object as Record<string, unknown>).kind as string))
          .map((object) => ({ source: `seed ${folder}/${file}`, object, kubernetesVersion: '1.36' })),
      ),
  );
}
