/**
 * The statements for one object, chosen by proof: the podsmith construct with patterns
 * attached, then the construct alone, then a raw cdk8s `ApiObject`; the first whose code
 * renders exactly the input object wins. What a construct cannot write (a top-level
 * `status`, empty metadata maps that cdk8s leaves out, the absence of a name) is restored
 * with JSON patches on the construct.
 */
import { callMethod, construct, constStatement, expressionStatement, json, object, symbol, variable, type Expr, type JsonValue, type ObjectEntry, type Statement } from './code-model';
import { asRecord, setKeys, without, type JsonRecord } from './json-record';
import type { ConstructIds, VariableNames } from './names';
import { patternVariants } from './patterns/pattern-variants';
import { OBJECT_FIELDS, POD_HOST_KINDS } from './pod-hosts';
import { disproof, type ProofContext } from './verify';

/** What planning one object needs. */
export interface ObjectPlanContext extends ProofContext {
  /** Construct ids of the chart the object goes into. */
  readonly ids: ConstructIds;
  /** Variable names of the generated file. */
  readonly variables: VariableNames;
}

/** The statements for one object, or why none reproduces it. */
export type ObjectPlan = { readonly statements: readonly Statement[] } | { readonly problem: string };

/** One way of writing the object: statements that use `host` as the object's variable when they need one. */
interface Form {
  readonly build: (host: string) => Statement[];
  readonly needsVariable: boolean;
}

/** A JSON pointer token (`/` and `~` escaped). */
function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON patches that restore what cdk8s leaves out of metadata: the name (when there is none) and empty maps or lists. */
function metadataPatches(metadata: JsonRecord | undefined, hasName: boolean): Expr[] {
  const jsonPatch = (op: string, ...args: Expr[]): Expr => callMethod(symbol('cdk8s', 'JsonPatch'), op, ...args);
  const patches: Expr[] = hasName ? [] : [jsonPatch('remove', json('/metadata/name'))];
  for (const key of metadata === undefined ? [] : setKeys(metadata)) {
    const value = metadata![key];
    const empty = Array.isArray(value) ? value.length === 0 : asRecord(value) !== undefined && Object.keys(value as JsonRecord).length === 0;
    if (empty) patches.push(jsonPatch('add', json(`/metadata/${pointerToken(key)}`), json(value)));
  }
  return patches;
}

function form(chart: string, className: Expr, id: string, props: Expr, patches: readonly Expr[], attach?: (host: Expr) => Statement[]): Form {
  const needsVariable = patches.length > 0 || attach !== undefined;
  return {
    needsVariable,
    build: (host) => {
      const created = construct(className, variable(chart), json(id), props);
      if (!needsVariable) return [expressionStatement(created)];
      return [
        constStatement(host, created),
        ...(attach ? attach(variable(host)) : []),
        ...(patches.length > 0 ? [expressionStatement(callMethod(variable(host), 'addJsonPatch', ...patches))] : []),
      ];
    },
  };
}

/** The forms to try for an object, most podsmith-like first. */
function forms(manifest: JsonRecord, chart: string, id: string): Form[] {
  const metadata = asRecord(manifest.metadata);
  const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
  const patches = metadataPatches(metadata, name !== undefined);
  const result: Form[] = [];
  const kind = POD_HOST_KINDS.get(`${String(manifest.apiVersion)}/${String(manifest.kind)}`);
  const podSpec = kind?.podSpec(manifest);
  if (kind !== undefined && podSpec !== undefined) {
    const className = symbol('podsmith', kind.className);
    const extra = setKeys(manifest).filter((key) => !OBJECT_FIELDS.includes(key));
    const constructPatches = [...patches, ...extra.map((key) => callMethod(symbol('cdk8s', 'JsonPatch'), 'add', json(`/${pointerToken(key)}`), json(manifest[key])))];
    const propsMetadata = metadata === undefined ? undefined : name === id ? without(metadata, ['name']) : metadata;
    for (const variant of patternVariants(podSpec)) {
      const props = kind.props(manifest, propsMetadata, variant.podSpec);
      if (props) result.push(form(chart, className, id, props, constructPatches, variant.attach));
    }
    const props = kind.props(manifest, propsMetadata, podSpec);
    if (props) result.push(form(chart, className, id, props, constructPatches));
  }
  const fields: ObjectEntry[] = setKeys(manifest).map((key) => ({ key, value: json(manifest[key] as JsonValue) }));
  result.push(form(chart, symbol('cdk8s', 'ApiObject'), id, object(fields), patches));
  return result;
}

/**
 * Plans one object: the first form that renders it exactly.
 * @param manifest the object as read
 * @param context the chart, names and settings
 */
export function planObject(manifest: JsonRecord, context: ObjectPlanContext): ObjectPlan {
  const metadata = asRecord(manifest.metadata);
  const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
  const generateName = typeof metadata?.generateName === 'string' ? metadata.generateName.replace(/-+$/, '') : undefined;
  const fallback = String(manifest.kind ?? 'object').toLowerCase() || 'object';
  const id = context.ids.allocate(name ?? generateName, fallback);
  const host = context.variables.peek(name ?? generateName ?? id, fallback.replace(/[^a-z0-9]/g, '') || 'object');
  let problem = '';
  for (const candidate of forms(manifest, context.chartVariable, id)) {
    const statements = candidate.build(host);
    const reason = disproof(statements, manifest, context);
    if (reason === undefined) {
      if (candidate.needsVariable) context.variables.reserve(host);
      return { statements };
    }
    problem = reason;
  }
  return { problem };
}
