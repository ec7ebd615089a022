import type { Construct } from 'constructs';
import { addPatternExamples } from './patterns';
import { addFirstPods } from './seeds/first-pods';
import { addInitContainerPod } from './seeds/init-containers';
import { addLivenessPods } from './seeds/liveness';
import { addNginxPods } from './seeds/nginx';
import { addResourcesAndEnvPods } from './seeds/resources-and-env';
import { addWorkloadExamples } from './workloads';

/** Adds every example chart to `app`; shared by the cdk8s app and the snapshot tests. */
export function addExamples(app: Construct): void {
  addFirstPods(app);
  addLivenessPods(app);
  addInitContainerPod(app);
  addNginxPods(app);
  addResourcesAndEnvPods(app);
  addPatternExamples(app);
  addWorkloadExamples(app);
}
