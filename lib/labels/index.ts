/**
 * Labels and selectors: `LabelSelector` in kubectl's syntax and in the API form, with
 * Kubernetes' matching semantics.
 */
export { LabelSelector } from './label-selector';
export {
  checkLabelSelectorJson,
  type LabelSelectorInput,
  type LabelSelectorJson,
  type LabelSelectorOperator,
  type LabelSelectorRequirementJson,
  type SelectorProblem,
} from './label-selector-json';
export { type LabelRequirement, type Labels, type SelectorOperator } from './requirement';
export { SelectorSyntaxError } from './selector-syntax-error';
