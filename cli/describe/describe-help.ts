/** The help text of `podsmith describe`. */

/** `podsmith describe --help`. */
export const DESCRIBE_HELP = `Usage: podsmith describe [options] PATH... | -

Describes each pod and pod template (Pods, and the templates of Deployments, StatefulSets,
DaemonSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs and PodTemplates) the way
'kubectl describe' lays it out: containers in start order (init containers, native
sidecars, main containers), images, ports, probes, resources, volumes and who mounts them,
and the patterns the pod shows (a sidecar sharing a volume, an adapter reading a localhost
port of the main container, an ambassador the main container reaches on localhost).

Inputs:
  PATH                  a YAML or JSON file, or a directory (its *.yaml, *.yml and *.json
                        files, recursively, in name order)
  -                     read the manifests from standard input

Options:
  --mermaid             print a Mermaid flowchart per pod instead of text
  --svg DIR             also write one SVG picture per pod into DIR (created if needed)
  --max-file-size SIZE  largest input read, e.g. 64Mi, 500K (default: 64Mi)
  -h, --help            show this help

Manifests are described as they are, valid or not (check them with 'podsmith validate');
input that cannot be read is reported as 'podsmith validate' reports it, on standard error.

Exit status:
  0  described (also when the inputs hold no pod)
  1  some input is not YAML or JSON that Kubernetes reads
  2  usage error, an input that could not be read, or a picture that could not be written

Examples:
  podsmith describe deployment.yaml
  podsmith describe --svg pictures/ manifests/
  helm template ./chart | podsmith describe --mermaid -
`;
