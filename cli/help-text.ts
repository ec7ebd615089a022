/** The help texts of the `podsmith` command. */

/** `podsmith --help`. */
export const MAIN_HELP = `Usage: podsmith <command> [options]

Typed cdk8s constructs for Kubernetes Pods, and a validator for any manifest.

Commands:
  validate PATH... | -     check manifests the way the Kubernetes API server would
  import PATH... | -       turn manifests into a podsmith cdk8s app (TypeScript)
  describe PATH... | -     describe pods: containers in start order, volumes, patterns (--mermaid, --svg DIR)

Options:
  -h, --help               show this help (podsmith validate --help for the command's own)
  -v, --version            print the version of podsmith
`;

/** `podsmith validate --help`. */
export const VALIDATE_HELP = `Usage: podsmith validate [options] PATH... | -

Checks Kubernetes manifests against the strict schema and the API server's rules of a
Kubernetes version, and reports every problem with its file, line and column.

Inputs:
  PATH                          a YAML or JSON file (several documents separated by ---,
                                or a List), or a directory: its *.yaml, *.yml and *.json
                                files, recursively, in name order
  -                             read the manifests from standard input

Options:
  --kubernetes-version VERSION  the Kubernetes version to check against, 1.28 to 1.36
                                (default: the newest)
  --pss baseline|restricted     also enforce a Pod Security Standards profile
  --format text|json            output format (default: text)
  --strict-kinds                objects of unknown kinds (custom resources) are errors,
                                not notices
  --max-file-size SIZE          largest input read, e.g. 64Mi, 500K (default: 64Mi)
  -h, --help                    show this help

Output (text): one line per problem,
  FILE:LINE:COLUMN SEVERITY RULE FIELD-PATH MESSAGE
then a summary line. --format json prints one JSON object:
  { "version": 1, "summary": {...}, "diagnostics": [{ "file", "line", "column",
    "severity", "ruleId", "fieldPath", "message", "hint", "object" }] }

Exit status:
  0  no errors (warnings and notices allowed)
  1  at least one error in the manifests
  2  usage error, or an input that could not be read

Examples:
  podsmith validate deployment.yaml
  podsmith validate --kubernetes-version 1.30 --pss restricted manifests/
  helm template ./chart | podsmith validate --format json -
`;
