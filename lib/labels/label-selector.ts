/**
 * A label selector: which objects a Service, a workload or `kubectl get -l` picks by
 * their labels. Made from kubectl's syntax (`LabelSelector.parse('env=dev,tier in (a,b),!canary')`)
 * or from the API form (`LabelSelector.of({ matchLabels: { app: 'web' } })`), it answers
 * `matches(labels)` with Kubernetes' semantics and writes both forms back.
 */
import { PodsmithUsageError } from '../errors';
import {
  checkLabelSelectorJson,
  type LabelSelectorInput,
  type LabelSelectorJson,
  requirementsFromJson,
  requirementsToJson,
} from './label-selector-json';
import { type LabelRequirement, type Labels, renderRequirement, requirementMatches } from './requirement';
import { parseSelector } from './selector-parser';

/** A label selector: a conjunction of requirements on label keys. Immutable. */
export class LabelSelector {
  /**
   * Parses kubectl's selector syntax exactly as the API server does (`kubectl get -l`):
   * `env=dev`, `env==dev`, `env!=prd`, `env in (a,b)`, `env notin (a)`, `env` (exists),
   * `!env` (does not exist), `replicas>1`, `replicas<5`, joined by `,`. The empty string
   * selects everything.
   * @throws SelectorSyntaxError with the column and what was expected there
   */
  public static parse(selector: string): LabelSelector {
    return new LabelSelector(parseSelector(selector));
  }

  /**
   * A selector in API form, checked as the API server checks a new object's selector.
   * `{}` selects everything.
   * @throws PodsmithUsageError naming the field and the fix
   */
  public static of(selector: LabelSelectorInput): LabelSelector {
    const problems = checkLabelSelectorJson(selector);
    if (problems.length > 0) {
      const [first, ...others] = problems;
      const more = others.length > 0 ? ` (and ${others.length} more: ${others.map((p) => `${p.path}: ${p.message}`).join('; ')})` : '';
      throw new PodsmithUsageError('LabelSelector.of', first.path, `${first.message}${more}`);
    }
    return new LabelSelector(requirementsFromJson(selector));
  }

  private constructor(private readonly list: readonly LabelRequirement[]) {}

  /** The requirements, sorted by key; all of them must hold. */
  public get requirements(): readonly LabelRequirement[] {
    return this.list;
  }

  /** True when the selector has no requirement, so it selects everything. */
  public get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /**
   * True when an object with these labels is selected. `!=`, `notin` and `!key` hold
   * when the key is absent; `=`, `in` and `key` need it present.
   * @param labels the object's labels; none when absent
   */
  public matches(labels: Labels = {}): boolean {
    return this.list.every((requirement) => requirementMatches(requirement, labels));
  }

  /**
   * The API form `{ matchLabels?, matchExpressions? }`: equalities in `matchLabels`
   * (keys sorted), the rest in `matchExpressions` with `In`, `NotIn`, `Exists`,
   * `DoesNotExist` (`!=` becomes `NotIn` with one value). `{}` for an empty selector.
   * Throws for `>` and `<`, which the API form cannot express.
   */
  public toJson(): LabelSelectorJson {
    return requirementsToJson(this.list);
  }

  /** `JSON.stringify` writes the API form. */
  public toJSON(): LabelSelectorJson {
    return this.toJson();
  }

  /** cdk8s calls this when the selector sits in raw `ApiObject` props: it becomes the API form. */
  public resolve(): LabelSelectorJson {
    return this.toJson();
  }

  /** kubectl's syntax, as the API server prints a selector: `env=dev,tier in (a,b)`; empty for an empty selector. */
  public toString(): string {
    return this.list.map(renderRequirement).join(',');
  }
}
