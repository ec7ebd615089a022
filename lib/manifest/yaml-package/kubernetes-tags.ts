/**
 * Scalar tags for the `yaml` package that resolve plain scalars exactly as the fast
 * reader does (both use {@link resolvePlainScalar}): YAML 1.1 booleans and nulls, Go's
 * integer and float syntax, timestamps and base 60 left as strings, and no `<<` merge
 * tag (the converter handles merge keys itself).
 */
import type * as YamlModule from 'yaml';
import { plainScalarKind, resolvePlainScalar } from '../plain-scalar';

type Tags = YamlModule.Tags;
type ScalarTag = YamlModule.ScalarTag;

/** A RegExp whose `test` is a predicate: the `yaml` package picks tags by calling `test.test(source)`. */
class PredicateTest extends RegExp {
  constructor(private readonly predicate: (source: string) => boolean) {
    super('');
  }

  override test(source: string): boolean {
    return this.predicate(source);
  }
}

const YAML_TAG = 'tag:yaml.org,2002:';

type TagName = 'null' | 'bool' | 'int' | 'float';

/** Kinds of plain scalars an explicit tag accepts (go-yaml turns an integer into a float for !!float). */
const ACCEPTED_KINDS: Readonly<Record<TagName, readonly string[]>> = {
  null: ['null'],
  bool: ['bool'],
  int: ['int'],
  float: ['int', 'float'],
};

/**
 * The tags of one name: one the `yaml` package uses for plain scalars (picked by its
 * `test`), and one for explicit tags such as `!!float 12` (which the package takes
 * from a tag without `test`), both resolving through {@link resolvePlainScalar}.
 */
function scalarTags(name: TagName): ScalarTag[] {
  const tag = `${YAML_TAG}${name}`;
  const explicit: ScalarTag = {
    tag,
    default: false,
    resolve(source: string, onError: (message: string) => void): unknown {
      if (!ACCEPTED_KINDS[name].includes(plainScalarKind(source))) onError(`cannot read ${JSON.stringify(source)} as !!${name}`);
      return resolvePlainScalar(source);
    },
  };
  const implicit: ScalarTag = {
    tag,
    default: true,
    test: new PredicateTest((source) => plainScalarKind(source) === name),
    resolve: (source: string): unknown => resolvePlainScalar(source),
  };
  return [explicit, implicit];
}

/** `!!binary`: the decoded bytes as a string, as go-yaml decodes them into a string. */
const binaryTag: ScalarTag = {
  tag: `${YAML_TAG}binary`,
  default: false,
  resolve(source: string): string {
    return Buffer.from(source.replace(/\s+/g, ''), 'base64').toString('utf8');
  },
};

/** `!!timestamp`: kept as written, as go-yaml keeps a timestamp decoded into an untyped value. */
const timestampTag: ScalarTag = {
  tag: `${YAML_TAG}timestamp`,
  default: false,
  resolve: (source: string): string => source,
};

/**
 * The tag list for the `yaml` package's `customTags` option: its own map, sequence and
 * string tags, and the Kubernetes scalar tags.
 */
export function kubernetesTags(defaults: Tags): Tags {
  const keep = defaults.filter((tag) => {
    const id = typeof tag === 'string' ? tag : tag.tag;
    return id === `${YAML_TAG}map` || id === `${YAML_TAG}seq` || id === `${YAML_TAG}str` || id === 'map' || id === 'seq';
  });
  return [
    ...keep,
    ...scalarTags('null'),
    ...scalarTags('bool'),
    ...scalarTags('int'),
    ...scalarTags('float'),
    binaryTag,
    timestampTag,
  ];
}
