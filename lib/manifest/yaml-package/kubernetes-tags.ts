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

function scalarTag(name: 'null' | 'bool' | 'int' | 'float', kind: ReturnType<typeof plainScalarKind>): ScalarTag {
  return {
    tag: `${YAML_TAG}${name}`,
    default: true,
    test: new PredicateTest((source) => plainScalarKind(source) === kind),
    resolve(source: string, onError: (message: string) => void): unknown {
      const value = resolvePlainScalar(source);
      const resolved = value === null ? 'null' : typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'number' : 'string';
      const expected = name === 'int' || name === 'float' ? 'number' : name;
      if (resolved !== expected) onError(`cannot read ${JSON.stringify(source)} as !!${name}`);
      return value;
    },
  };
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
    scalarTag('null', 'null'),
    scalarTag('bool', 'bool'),
    scalarTag('int', 'int'),
    scalarTag('float', 'float'),
    binaryTag,
    timestampTag,
  ];
}
