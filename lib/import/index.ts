/**
 * `podsmith import`: Kubernetes manifests turned into a readable cdk8s app that uses
 * podsmith's constructs, value objects and patterns, and gives back the same objects.
 */
export { generateApp, type GeneratedApp, type ImportFile, type ImportOptions, type ImportProblem } from './generate-app';
