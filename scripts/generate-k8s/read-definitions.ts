import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A property of a definition in the upstream OpenAPI v2 `definitions` document. */
export interface UpstreamProperty {
  readonly type?: string;
  readonly format?: string;
  readonly $ref?: string;
  readonly items?: UpstreamProperty;
  readonly additionalProperties?: UpstreamProperty | boolean;
  readonly enum?: readonly unknown[];
  readonly 'x-kubernetes-list-type'?: string;
  readonly 'x-kubernetes-list-map-keys'?: readonly string[];
  readonly 'x-kubernetes-preserve-unknown-fields'?: boolean;
}

/** A definition (an object type) of the upstream document. */
export interface UpstreamDefinition {
  readonly type?: string;
  readonly format?: string;
  readonly properties?: Readonly<Record<string, UpstreamProperty>>;
  readonly required?: readonly string[];
  readonly oneOf?: readonly unknown[];
  readonly 'x-kubernetes-group-version-kind'?: readonly { group: string; version: string; kind: string }[];
}

/** The definitions of one Kubernetes version. */
export interface VersionDefinitions {
  /** `major.minor`, e.g. `1.33`. */
  readonly version: string;
  /** Definitions by full name, e.g. `io.k8s.api.core.v1.Pod`. */
  readonly definitions: Readonly<Record<string, UpstreamDefinition>>;
}

const VERSION_DIR = /^v(\d+)\.(\d+)\.\d+$/;

/**
 * Reads `<dir>/v<major>.<minor>.<patch>/_definitions.json` for every version folder in `dir`,
 * oldest first. Throws when the folder holds no version.
 */
export function readDefinitions(dir: string): VersionDefinitions[] {
  const folders = readdirSync(dir)
    .map((name) => ({ name, match: VERSION_DIR.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({ name, major: Number(match[1]), minor: Number(match[2]) }))
    .sort((a, b) => a.major - b.major || a.minor - b.minor);
  if (folders.length === 0) {
    throw new Error(`no Kubernetes version folders (v1.N.0) in ${dir}`);
  }
  return folders.map(({ name, major, minor }) => {
    const file = join(dir, name, '_definitions.json');
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { definitions?: Record<string, UpstreamDefinition> };
    if (!parsed.definitions) throw new Error(`${file} has no "definitions" object`);
    return { version: `${major}.${minor}`, definitions: parsed.definitions };
  });
}
