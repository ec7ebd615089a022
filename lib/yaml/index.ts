/**
 * YAML for Kubernetes: a fast emitter that writes what the `yaml` package writes for cdk8s,
 * except where that would not read back under YAML 1.1, and go-yaml v2's implicit typing of
 * plain scalars.
 */
export { NotJsonError, stringifyDocument, stringifyDocuments } from './emit';
export { formatPath } from './not-json-error';
export type { PathSegment } from './not-json-error';
export { isYaml11MergeKey, plainReadsAsString, resolveYaml11Plain } from './yaml11';
export type { Yaml11Kind, Yaml11Scalar } from './yaml11';
