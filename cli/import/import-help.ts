/** The help text of `podsmith import`. */

/** `podsmith import --help`. */
export const IMPORT_HELP = `Usage: podsmith import [options] PATH... | -

Turns Kubernetes manifests into a cdk8s app in TypeScript that uses podsmith: a Pod or
workload construct for each pod-bearing object (other kinds as a cdk8s ApiObject), probes
and quantities as value objects, and the Sidecar and LogShipper patterns where they give
exactly the same object. Each input becomes a chart. Running the app (cdk8s synth) writes
the same objects back: podsmith checks every object's code before printing it.

Inputs:
  PATH                          a YAML or JSON file, or a directory (its *.yaml, *.yml and
                                *.json files, recursively, in name order)
  -                             read the manifests from standard input

Options:
  -o, --output FILE             write the app to FILE (default: standard output)
  --kubernetes-version VERSION  the Kubernetes version to validate against and to target
                                in the app, 1.28 to 1.36 (default: the newest)
  --import-from DIR             import podsmith from the source tree DIR (DIR/lib and
                                DIR/patterns) instead of the 'podsmith' package
  --max-file-size SIZE          largest input read, e.g. 64Mi, 500K (default: 64Mi)
  -h, --help                    show this help

Invalid manifests are reported as 'podsmith validate' reports them (on standard error),
and nothing is generated.

Exit status:
  0  the app was generated
  1  a manifest is invalid, or an object cannot be written back exactly
  2  usage error, or an input that could not be read

Examples:
  podsmith import pod.yaml -o main.ts
  helm template ./chart | podsmith import - > main.ts
`;
