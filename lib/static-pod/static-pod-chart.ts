import { join, posix } from 'node:path';
import { ApiObject, Chart as Cdk8sChart, Names } from 'cdk8s';
import type { Construct } from 'constructs';
import { Chart, type ChartProps } from '../chart';
import { PodsmithUsageError } from '../errors';
import { minorOf, settingsOf } from '../settings';
import { setChartFileLayout, type OutputFile } from '../synth/write';
import { stringifyDocuments } from '../yaml/emit';
import { staticPodApiReferences } from './api-reference-rule';
import { checkStaticPod } from './check-static-pod';
import { STATIC_POD_RULES } from './rules';

/** The kubelet's default staticPodPath (kubeadm's). */
export const DEFAULT_STATIC_POD_PATH = '/etc/kubernetes/manifests';

/** Props of a {@link StaticPodChart}: a chart's props plus where the kubelet reads the files. */
export interface StaticPodChartProps extends ChartProps {
  /**
   * The kubelet's `staticPodPath` (`--pod-manifest-path`) on the node: the files are written to
   * `<outdir>/<chart>/<staticPodPath>/<pod name>.yaml`, a tree to copy onto the node's root.
   * @default '/etc/kubernetes/manifests'
   */
  readonly staticPodPath?: string;
}

/**
 * A chart of static pods: Pods that a kubelet starts from files in its staticPodPath, without
 * the API server (control-plane components, node agents that must run before the cluster does).
 *
 * Put Pods in it as in any chart. At synth it checks what the kubelet refuses (objects that are
 * not Pods, two pods writing the same file, references to service accounts, Secrets, ConfigMaps,
 * claims and other API objects, ephemeral containers) and reports each problem with the
 * construct path and the field. Its pods are written one file each under the staticPodPath,
 * apart from the app's manifests, which must never be applied to a cluster with them.
 */
export class StaticPodChart extends Chart {
  /** The kubelet's staticPodPath the files are meant for. */
  public readonly staticPodPath: string;

  /**
   * @param scope the app
   * @param id the chart's id; it names the output folder
   * @param props chart props and the staticPodPath
   */
  public constructor(scope: Construct, id: string, props: StaticPodChartProps = {}) {
    super(scope, id, props);
    const staticPodPath = props.staticPodPath ?? DEFAULT_STATIC_POD_PATH;
    if (!posix.isAbsolute(staticPodPath) || staticPodPath.split('/').includes('..')) {
      throw new PodsmithUsageError(this, 'staticPodPath', `must be an absolute path on the node without "..", such as "${DEFAULT_STATIC_POD_PATH}" (got "${staticPodPath}")`);
    }
    this.staticPodPath = posix.normalize(staticPodPath);
    setChartFileLayout(this, { planFiles: (objects, outdir) => this.planFiles(objects, outdir) });
    this.node.addValidation({ validate: () => this.check() });
  }

  /** The static pods of the chart: its API objects, in construct order. */
  private get objects(): ApiObject[] {
    return this.node.findAll().filter((c): c is ApiObject => ApiObject.isApiObject(c) && Cdk8sChart.of(c) === this);
  }

  private planFiles(objects: readonly Record<string, unknown>[], outdir: string): OutputFile[] {
    const folder = join(outdir, Names.toDnsLabel(this), ...this.staticPodPath.split('/').filter((part) => part !== ''));
    return objects.map((json) => ({ path: join(folder, `${fileNameOf(json)}.yaml`), content: stringifyDocuments([json]) }));
  }

  private check(): string[] {
    const errors: string[] = [];
    const files = new Map<string, ApiObject>();
    for (const object of this.objects) {
      const json = object.toJson() as Record<string, unknown>;
      const where = `${object.node.path} (${object.kind} ${object.name})`;
      const file = fileNameOf(json);
      const first = files.get(file);
      if (first) {
        errors.push(`${where}: static-pod/file-name metadata.name: writes ${file}.yaml, as ${first.node.path} does (hint: give each static pod its own name)`);
      } else {
        files.set(file, object);
      }
      const settings = settingsOf(object);
      const minor = minorOf(settings.kubernetesVersion) ?? 0;
      // With validation on, the engine's container/ephemeral rule already reports ephemeral containers.
      const rules = settings.validate ? [staticPodApiReferences] : STATIC_POD_RULES;
      for (const problem of checkStaticPod(json, { minor, rules })) {
        if (problem.severity !== 'error') continue;
        const hint = problem.hint ? ` (hint: ${problem.hint})` : '';
        errors.push(`${where}: ${problem.ruleId} ${problem.fieldPath}: ${problem.message}${hint}`);
      }
    }
    return errors;
  }
}

function fileNameOf(json: Record<string, unknown>): string {
  const name = (json.metadata as { name?: unknown } | undefined)?.name;
  return String(name).replace(/[^0-9a-zA-Z-_.]/g, '');
}
