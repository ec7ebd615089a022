import { containerPlaces, objectAt, podSpecSteps, renderPath, type ContainerPlace, type Step, valueAt } from './manifest-paths';

type Json = Record<string, unknown>;

/** What kind of mistake a mutation makes. */
export type MutationCategory =
  | 'remove-required'
  | 'out-of-range'
  | 'duplicate-name'
  | 'wrong-type'
  | 'unknown-field'
  | 'bad-enum'
  | 'bad-label'
  | 'bad-name'
  | 'bad-quantity'
  | 'bad-reference';

/**
 * One random single mutation of a valid manifest, and the rule that owns the mistake: the
 * validator must report `ruleId` at the field path `apply` returns.
 */
export interface Mutation {
  /** What the mutation does, e.g. `container name removed`. */
  readonly name: string;
  /** The kind of mistake. */
  readonly category: MutationCategory;
  /** The rule that owns the mistake. */
  readonly ruleId: string;
  /** The severity the rule reports it with; a function when it depends on the object. @default 'error' */
  readonly severity?: 'error' | 'warning' | ((object: Json) => 'error' | 'warning');
  /**
   * Mutates `object` (a copy) at one of the places it applies to, `choice` modulo their
   * number, and returns the field path the finding must name; undefined when the mutation
   * does not apply to this object.
   */
  apply(object: Json, choice: number): string | undefined;
}

function pickOf<T>(items: readonly T[], choice: number): T | undefined {
  return items.length === 0 ? undefined : items[choice % items.length];
}

/** A mutation of one container (any container, or regular containers only). */
function onContainer(mutate: (place: ContainerPlace) => readonly Step[], only?: 'containers'): (object: Json, choice: number) => string | undefined {
  return (object, choice) => {
    const place = pickOf(containerPlaces(object).filter((p) => only === undefined || p.list === only), choice);
    return place && renderPath(mutate(place));
  };
}

/** A mutation of the pod spec. */
function onSpec(mutate: (spec: Json, steps: Step[]) => readonly Step[]): (object: Json) => string | undefined {
  return (object) => {
    const steps = podSpecSteps(object);
    const spec = valueAt(object, steps);
    return spec && typeof spec === 'object' ? renderPath(mutate(spec as Json, steps)) : undefined;
  };
}

/** Appends `item` to the list `field` of `owner` (creating it) and returns the item's index. */
function append(owner: Json, field: string, item: unknown): number {
  const list = Array.isArray(owner[field]) ? (owner[field] as unknown[]) : [];
  list.push(item);
  owner[field] = list;
  return list.length - 1;
}

const isTemplate = (object: Json): boolean => object.kind !== 'Pod';

/** The mutation table: kind of mistake, expected rule, expected field path. */
export const MUTATIONS: readonly Mutation[] = [
  // Required fields removed.
  { name: 'container name removed', category: 'remove-required', ruleId: 'schema/required-field', apply: onContainer((p) => (delete p.container.name, [...p.steps, 'name'])) },
  { name: 'container image removed', category: 'remove-required', ruleId: 'container/image-required', apply: onContainer((p) => (delete p.container.image, [...p.steps, 'image'])) },
  { name: 'containers removed', category: 'remove-required', ruleId: 'schema/required-field', apply: onSpec((spec, s) => (delete spec.containers, [...s, 'containers'])) },
  { name: 'containers emptied', category: 'remove-required', ruleId: 'container/required', apply: onSpec((spec, s) => ((spec.containers = []), [...s, 'containers'])) },
  {
    name: 'containerPort removed from a new port',
    category: 'remove-required',
    ruleId: 'schema/required-field',
    apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { name: 'extra' }), 'containerPort']),
  },
  {
    name: 'volume mount without mountPath',
    category: 'remove-required',
    ruleId: 'schema/required-field',
    apply: onContainer((p) => [...p.steps, 'volumeMounts', append(p.container, 'volumeMounts', { name: 'x' }), 'mountPath']),
  },
  { name: 'env var without name', category: 'remove-required', ruleId: 'schema/required-field', apply: onContainer((p) => [...p.steps, 'env', append(p.container, 'env', { value: 'x' }), 'name']) },
  { name: 'metadata.name removed', category: 'remove-required', ruleId: 'metadata/name', apply: (o) => (delete (o.metadata as Json).name, 'metadata.name') },

  // Values out of range.
  { name: 'containerPort 0', category: 'out-of-range', ruleId: 'ports/container-port', apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { containerPort: 0 }), 'containerPort']) },
  { name: 'containerPort 70000', category: 'out-of-range', ruleId: 'ports/container-port', apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { containerPort: 70000 }), 'containerPort']) },
  { name: 'hostPort 70000', category: 'out-of-range', ruleId: 'ports/host-port', apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { containerPort: 61000, hostPort: 70000 }), 'hostPort']) },
  {
    name: 'negative probe period',
    category: 'out-of-range',
    ruleId: 'probe/negative',
    apply: onContainer((p) => ((p.container.readinessProbe = { tcpSocket: { port: 80 }, periodSeconds: -1 }), [...p.steps, 'readinessProbe', 'periodSeconds']), 'containers'),
  },
  {
    name: 'liveness successThreshold 3',
    category: 'out-of-range',
    ruleId: 'probe/liveness-success-threshold',
    apply: onContainer((p) => ((p.container.livenessProbe = { tcpSocket: { port: 80 }, successThreshold: 3 }), [...p.steps, 'livenessProbe', 'successThreshold']), 'containers'),
  },
  { name: 'runAsUser -1', category: 'out-of-range', ruleId: 'security/context', apply: onSpec((spec, s) => ((objectAt(spec, ['securityContext']).runAsUser = -1), [...s, 'securityContext', 'runAsUser'])) },
  { name: 'int32 overflow in a port', category: 'out-of-range', ruleId: 'schema/integer-range', apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { containerPort: 2 ** 31 }), 'containerPort']) },

  // Duplicate names.
  {
    name: 'container name used twice',
    category: 'duplicate-name',
    ruleId: 'container/name-unique',
    apply: onSpec((spec, s) => {
      const first = (spec.containers as Json[])[0];
      return [...s, 'containers', append(spec, 'containers', { name: first.name, image: 'busybox' }), 'name'];
    }),
  },
  {
    name: 'volume name used twice',
    category: 'duplicate-name',
    ruleId: 'volume/name-unique',
    apply: onSpec((spec, s) => (append(spec, 'volumes', { name: 'twice', emptyDir: {} }), [...s, 'volumes', append(spec, 'volumes', { name: 'twice', emptyDir: {} }), 'name'])),
  },
  {
    name: 'port name used twice in a container',
    category: 'duplicate-name',
    ruleId: 'ports/name-unique',
    apply: onContainer((p) => (append(p.container, 'ports', { name: 'twice', containerPort: 61001 }), [...p.steps, 'ports', append(p.container, 'ports', { name: 'twice', containerPort: 61002 }), 'name'])),
  },
  {
    name: 'mount path used twice in a container',
    category: 'duplicate-name',
    ruleId: 'volume/mount-path',
    apply: (object, choice) => {
      const spec = valueAt(object, podSpecSteps(object)) as Json;
      append(spec, 'volumes', { name: 'mutation-a', emptyDir: {} });
      append(spec, 'volumes', { name: 'mutation-b', emptyDir: {} });
      return onContainer((p) => (append(p.container, 'volumeMounts', { name: 'mutation-a', mountPath: '/twice' }), [...p.steps, 'volumeMounts', append(p.container, 'volumeMounts', { name: 'mutation-b', mountPath: '/twice' }), 'mountPath']))(object, choice);
    },
  },
  { name: 'env var defined twice', category: 'duplicate-name', ruleId: 'env/duplicate-name', severity: 'warning', apply: onContainer((p) => (append(p.container, 'env', { name: 'TWICE', value: '1' }), [...p.steps, 'env', append(p.container, 'env', { name: 'TWICE', value: '2' })])) },

  // Wrong types.
  { name: 'image as a number', category: 'wrong-type', ruleId: 'schema/type', apply: onContainer((p) => ((p.container.image = 42), [...p.steps, 'image'])) },
  { name: 'args as a string', category: 'wrong-type', ruleId: 'schema/type', apply: onContainer((p) => ((p.container.args = 'sleep 10'), [...p.steps, 'args'])) },
  { name: 'containerPort as a string', category: 'wrong-type', ruleId: 'schema/type', apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { containerPort: '80' }), 'containerPort']) },
  { name: 'nodeSelector as a string', category: 'wrong-type', ruleId: 'schema/type', apply: onSpec((spec, s) => ((spec.nodeSelector = 'gpu=true'), [...s, 'nodeSelector'])) },
  { name: 'label value as a number', category: 'wrong-type', ruleId: 'schema/type', apply: (o) => ((objectAt(o, ['metadata', 'labels']).mutation = 1), 'metadata.labels[mutation]') },

  // Unknown fields.
  { name: 'unknown container field', category: 'unknown-field', ruleId: 'schema/unknown-field', apply: onContainer((p) => ((p.container.containerPorts = []), [...p.steps, 'containerPorts'])) },
  { name: 'unknown pod spec field', category: 'unknown-field', ruleId: 'schema/unknown-field', apply: onSpec((spec, s) => ((spec.nodeSelectors = {}), [...s, 'nodeSelectors'])) },
  { name: 'unknown top-level field', category: 'unknown-field', ruleId: 'schema/unknown-field', apply: (o) => ((o.specs = {}), 'specs') },

  // Bad enum values.
  { name: 'imagePullPolicy Sometimes', category: 'bad-enum', ruleId: 'container/image-pull-policy', apply: onContainer((p) => ((p.container.imagePullPolicy = 'Sometimes'), [...p.steps, 'imagePullPolicy'])) },
  { name: 'port protocol HTTP', category: 'bad-enum', ruleId: 'ports/protocol', apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { containerPort: 61003, protocol: 'HTTP' }), 'protocol']) },
  { name: 'dnsPolicy Sometimes', category: 'bad-enum', ruleId: 'pod/dns', apply: onSpec((spec, s) => ((spec.dnsPolicy = 'Sometimes'), [...s, 'dnsPolicy'])) },
  { name: 'restartPolicy Sometimes on a Pod', category: 'bad-enum', ruleId: 'pod/restart-policy', apply: (o) => (o.kind === 'Pod' ? onSpec((spec, s) => ((spec.restartPolicy = 'Sometimes'), [...s, 'restartPolicy']))(o) : undefined) },

  // Bad label keys and values.
  { name: 'label key starting with a dash', category: 'bad-label', ruleId: 'metadata/labels', apply: (o) => ((objectAt(o, ['metadata', 'labels'])['-app'] = 'web'), 'metadata.labels[-app]') },
  { name: 'label key with two slashes', category: 'bad-label', ruleId: 'metadata/labels', apply: (o) => ((objectAt(o, ['metadata', 'labels'])['a/b/c'] = 'web'), 'metadata.labels[a/b/c]') },
  { name: 'label value with a space', category: 'bad-label', ruleId: 'metadata/labels', apply: (o) => ((objectAt(o, ['metadata', 'labels']).tier = 'front end'), 'metadata.labels[tier]') },
  { name: 'label value of 64 characters', category: 'bad-label', ruleId: 'metadata/labels', apply: (o) => ((objectAt(o, ['metadata', 'labels']).tier = 'x'.repeat(64)), 'metadata.labels[tier]') },
  { name: 'annotation key with a space', category: 'bad-label', ruleId: 'metadata/annotations', apply: (o) => ((objectAt(o, ['metadata', 'annotations'])['my note'] = 'x'), 'metadata.annotations[my note]') },
  { name: 'nodeSelector key starting with a dash', category: 'bad-label', ruleId: 'scheduling/node-selector', apply: onSpec((spec, s) => ((objectAt(spec, ['nodeSelector'])['-gpu'] = 'true'), [...s, 'nodeSelector', { key: '-gpu' }])) },

  // Bad names.
  { name: 'container name with an underscore', category: 'bad-name', ruleId: 'container/name-syntax', apply: onContainer((p) => ((p.container.name = 'web_1'), [...p.steps, 'name'])) },
  { name: 'object name with capitals', category: 'bad-name', ruleId: 'metadata/name', apply: (o) => (((o.metadata as Json).name = 'Web'), 'metadata.name') },
  { name: 'volume name with a dot', category: 'bad-name', ruleId: 'volume/name', apply: onSpec((spec, s) => [...s, 'volumes', append(spec, 'volumes', { name: 'my.data', emptyDir: {} }), 'name']) },
  { name: 'port name of 16 characters', category: 'bad-name', ruleId: 'ports/name-syntax', apply: onContainer((p) => [...p.steps, 'ports', append(p.container, 'ports', { name: 'a'.repeat(16), containerPort: 61004 }), 'name']) },
  { name: 'env name with "="', category: 'bad-name', ruleId: 'env/name', apply: onContainer((p) => [...p.steps, 'env', append(p.container, 'env', { name: 'A=B', value: '1' }), 'name']) },
  { name: 'image with a leading space', category: 'bad-name', ruleId: 'container/image-whitespace', severity: (o) => (isTemplate(o) ? 'warning' : 'error'), apply: onContainer((p) => ((p.container.image = ` ${String(p.container.image)}`), [...p.steps, 'image'])) },

  // Bad quantities.
  { name: 'memory limit 1.5.2Gi', category: 'bad-quantity', ruleId: 'schema/quantity', apply: onContainer((p) => ((objectAt(p.container, ['resources', 'limits']).memory = '1.5.2Gi'), [...p.steps, 'resources', 'limits', { key: 'memory' }])) },
  { name: 'negative cpu request', category: 'bad-quantity', ruleId: 'resources/negative', apply: onContainer((p) => ((objectAt(p.container, ['resources', 'requests']).cpu = '-1'), [...p.steps, 'resources', 'requests', { key: 'cpu' }])) },
  {
    name: 'cpu request above the limit',
    category: 'bad-quantity',
    ruleId: 'resources/requests-exceed-limits',
    apply: onContainer((p) => ((p.container.resources = { requests: { cpu: '2' }, limits: { cpu: '1' } }), [...p.steps, 'resources', 'requests', { key: 'cpu' }])),
  },
  { name: 'resource name without a domain', category: 'bad-quantity', ruleId: 'resources/name', apply: onContainer((p) => ((objectAt(p.container, ['resources', 'limits']).gpu = '1'), [...p.steps, 'resources', 'limits', { key: 'gpu' }])) },

  // Bad references.
  { name: 'mount of an undeclared volume', category: 'bad-reference', ruleId: 'volume/mount-name', apply: onContainer((p) => [...p.steps, 'volumeMounts', append(p.container, 'volumeMounts', { name: 'undeclared', mountPath: '/undeclared' }), 'name']) },
  {
    name: 'probe on a plain init container',
    category: 'bad-reference',
    ruleId: 'probe/init-container',
    apply: onSpec((spec, s) => [...s, 'initContainers', append(spec, 'initContainers', { name: 'mutation-init', image: 'busybox', livenessProbe: { tcpSocket: { port: 80 } } }), 'livenessProbe']),
  },
];
