/**
 * Helpers for the tests of apps and constructs built with podsmith: synthesize a chart or an
 * app to objects, to YAML ready for snapshots, or to the files `cdk8s synth` would write, with
 * the same validation as synth (a {@link SynthError} carries the report); and compare
 * Kubernetes objects as the API server sees them ({@link semanticDiff}). Published as
 * `podsmith/testing`.
 *
 * @example
 * import { App, Chart, Pod } from 'podsmith';
 * import { synthYaml } from 'podsmith/testing';
 *
 * const chart = new Chart(new App(), 'test', { disableResourceNameHashes: true });
 * new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27' }] });
 * expect(synthYaml(chart)).toMatchSnapshot();
 *
 * @module podsmith/testing
 */
export { semanticDiff, type SemanticDifference } from './semantic-diff';
export { synthFiles, synthObjects, synthYaml, type SynthOptions, type SynthScope } from './synth';
export { SynthError } from '../synth/synth-error';
export type { SynthDiagnostic } from '../synth/validate-rendered';
export type { RenderedObject } from '../synth/render';
