/**
 * Reading manifests the way Kubernetes reads them: YAML streams (YAML 1.1 scalars,
 * several documents, Lists expanded) and JSON, with the position of every field, and
 * bounded, clear problems on hostile input.
 *
 * @example
 * const { objects, problems } = readManifestText('app.yaml', text);
 * const where = objects[0].source.locate('spec.containers[0].image'); // { line, column }
 */
export { readManifestBytes, readManifestText, tooLarge, type ManifestReadResult } from './read-manifest';
export type { ManifestObject, ObjectSource } from './manifest-object';
export type { SourcePosition } from './line-index';
export { DEFAULT_READ_LIMITS, formatByteSize, resolveReadLimits, type ReadLimits } from './limits';
export { READ_RULES, UNREADABLE_INPUT_RULES, type ReadProblem, type ReadRuleId } from './read-problem';
export { resolvePlainScalar, type PlainScalarValue } from './plain-scalar';
