import fc from 'fast-check';
import type { AmountRecipe, ContainerRecipe, EnvRecipe, HostKind, PodRecipe, ProbeRecipe, SidecarRecipe, Timing, VolumeRecipe } from './pod-recipe';
import { normalizeRecipe } from './recipe-normalize';
import { anyString, badDnsLabel, dnsLabel, YAML_TRICKY_STRINGS } from './tricky-strings';

/** fc.record, always with an ordinary prototype (as objects written in TypeScript have). */
function rec<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, constraints: { readonly requiredKeys?: (keyof T)[] } = {}): fc.Arbitrary<T> {
  return fc.record(model, { ...constraints, noNullPrototype: true } as never) as unknown as fc.Arbitrary<T>;
}

/** fc.dictionary with an ordinary prototype and at most `maxKeys` keys. */
function dict<V>(key: fc.Arbitrary<string>, value: fc.Arbitrary<V>, maxKeys: number): fc.Arbitrary<Record<string, V>> {
  return fc.dictionary(key, value, { maxKeys, noNullPrototype: true });
}

function opt<T>(arb: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq });
}

/**
 * Random pod hosts (Pods, Deployments, Jobs, StatefulSets, DaemonSets, a third with a Sidecar).
 *
 * @param faults false: values the API accepts, with cross references made consistent (unique
 *   names, mounts of declared volumes, a restart policy the kind allows), so that most cases
 *   synthesize and their YAML is read back; true: about one value in seven (one in forty for
 *   probe timings) is one users get wrong (out of range, bad syntax, wrong kind of value), and
 *   cross references are left as they come, so that most cases are refused.
 *   Strings (env values, args, annotations) are YAML-tricky in both.
 */
export function podRecipes(faults: boolean): fc.Arbitrary<PodRecipe> {
  /** `valid`, or in fault mode `invalid` once in `1 + validWeight` cases. */
  const pick = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>, validWeight = 6): fc.Arbitrary<T> =>
    faults ? fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 1, arbitrary: invalid }) : valid;

  /** A count or a number of seconds; one of five in a probe, so each is wrong rarely. */
  const count = (min: number, max: number): fc.Arbitrary<number> =>
    pick(fc.integer({ min, max }), fc.constantFrom(-1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY), 40);
  const port = pick(fc.integer({ min: 1, max: 65535 }), fc.constantFrom(0, -80, 65536, 80.5, Number.NaN), 15);
  const portName = pick(fc.oneof(fc.stringMatching(/^[a-z]{1,4}(-[a-z0-9]{1,4})?$/), fc.constantFrom('yes', 'no', 'on', 'null', 'true', 'y', 'x0755')), fc.constantFrom('', 'HTTP', 'a'.repeat(16), '80', 'a--b'));
  const name = pick(dnsLabel, badDnsLabel);

  const timing = (successThreshold: fc.Arbitrary<number>): fc.Arbitrary<Timing> =>
    rec({ initialDelaySeconds: count(0, 100), periodSeconds: count(1, 60), timeoutSeconds: count(1, 30), successThreshold, failureThreshold: count(1, 10) }, { requiredKeys: [] });
  const probe = (successThreshold: fc.Arbitrary<number>): fc.Arbitrary<ProbeRecipe> => {
    const t = timing(successThreshold);
    return fc.oneof(
      rec({ httpGet: rec({ port: fc.oneof(port, portName), path: opt(fc.constantFrom('/', '/healthz', '/yes', '/a:b', '/~')), timing: t }, { requiredKeys: ['port', 'timing'] }) }),
      rec({ tcpSocket: rec({ port: fc.oneof(port, portName), timing: t }) }),
      rec({ exec: rec({ command: pick(fc.array(anyString, { minLength: 1, maxLength: 3 }), fc.constant<string[]>([]), 20), timing: t }) }),
      rec({ grpc: rec({ port, timing: t }) }),
      rec({
        raw: pick(
          fc.constantFrom<Record<string, unknown>>({ tcpSocket: { port: 8080 } }, { httpGet: { port: 80, path: '/' }, periodSeconds: 0 }, { grpc: { port: 9090, service: 'yes' } }),
          fc.constantFrom<Record<string, unknown>>({}, { exec: { command: ['true'] }, tcpSocket: { port: 1 } }, { httpGet: { port: 70000 } }, { tcpSocket: { port: '8080' } }, { exec: { command: ['x'] }, successThreshold: 3 }),
        ),
      }),
    );
  };

  const cpu: fc.Arbitrary<AmountRecipe> = fc.oneof(
    rec({ cpuMillis: pick(fc.integer({ min: 1, max: 4000 }), fc.constantFrom(-5, 0.5, Number.NaN)) }),
    rec({ cpuCores: pick(fc.constantFrom(1, 2, 0.25, 0.5, 0.001), fc.constantFrom(0.0001, -1)) }),
    rec({ raw: pick(fc.constantFrom<string | number>('100m', '1', '0.5', '1e3', '2', 1, 0.5, 2), fc.constantFrom<string | number>('abc', '', '0x10', ' 1', '1_000', '-1', '1.5.2')) }),
  );
  const memory: fc.Arbitrary<AmountRecipe> = fc.oneof(
    rec({ mebibytes: pick(fc.integer({ min: 1, max: 4096 }), fc.constantFrom(-1, 0.5)) }),
    rec({ gibibytes: fc.integer({ min: 1, max: 16 }) }),
    rec({ raw: pick(fc.constantFrom<string | number>('1Gi', '250M', '1k', '128974848', '129e6', '123Mi', '0755', '1e3', 1024), fc.constantFrom<string | number>('1K', '1.5.2', 'Gi', '1 Gi', '1gb')) }),
  );
  const resourceList = faults
    ? dict(fc.constantFrom('cpu', 'memory', 'ephemeral-storage', 'example.com/gpu', 'hugepages-2Mi', 'gpu', 'CPU'), fc.oneof(cpu, memory), 3)
    : rec({ cpu, memory, 'ephemeral-storage': memory }, { requiredKeys: [] });
  const resources = faults
    ? rec({ requests: resourceList, limits: resourceList }, { requiredKeys: [] })
    : fc.oneof(rec({ requests: resourceList }), rec({ limits: resourceList }));

  const envName = pick(fc.oneof(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), fc.constantFrom('yes', 'ON', 'Y', 'NULL', 'TRUE', '_1', 'n')), fc.constantFrom('', '1X', 'A=B', 'a.b', 'yes', ' X'));
  const env: fc.Arbitrary<EnvRecipe> = fc.oneof(
    { weight: 4, arbitrary: rec({ value: fc.tuple(envName, anyString) }) },
    { weight: 1, arbitrary: rec({ secret: fc.tuple(envName, name, pick(fc.constantFrom('password', 'token', '.key', 'tls.crt'), fc.constantFrom('a/b', '', '..'))) }) },
    { weight: 1, arbitrary: rec({ field: fc.tuple(envName, pick(fc.constantFrom('metadata.name', 'metadata.namespace', 'status.podIP', 'spec.nodeName'), fc.constantFrom('spec.bogus', 'metadata.labels'))) }) },
    { weight: 1, arbitrary: rec({ configMap: fc.tuple(envName, name, pick(fc.constantFrom('config', 'a.b', 'A_B'), fc.constantFrom('', 'a b'))) }) },
  );

  const volumeName = pick(fc.constantFrom('data', 'logs', 'config', 'cache'), badDnsLabel);
  const volume: fc.Arbitrary<VolumeRecipe> = fc.oneof(
    rec({ emptyDir: rec({ name: volumeName, sizeLimitMi: opt(pick(fc.constantFrom(1, 64, 512), fc.constantFrom(-1, 0.5))) }, { requiredKeys: ['name'] }) }),
    rec({ configMap: rec({ name: volumeName, configMapName: name }) }),
    rec({ secret: rec({ name: volumeName, secretName: name }) }),
  );
  const mountPath = pick(fc.constantFrom('/data', '/var/log/app', '/etc/config', '/cache', '/tmp/x', '/yes', '/a:b'), fc.constantFrom('', 'relative'));
  const image = pick(
    fc.constantFrom('nginx:1.27', 'busybox', 'busybox:1.36', `registry.example.com:5000/team/app@sha256:${'a'.repeat(64)}`, 'ghcr.io/org/img:v1.0'),
    fc.constantFrom(' nginx', 'nginx ', '', ' '),
  );

  const containerContext = pick(
    fc.constantFrom<Record<string, unknown>>({ readOnlyRootFilesystem: true }, { runAsUser: 1000, runAsGroup: 3000 }, { capabilities: { add: ['NET_BIND_SERVICE'] } }, { capabilities: { drop: ['ALL'] } }, {}),
    fc.constantFrom<Record<string, unknown>>({ privileged: true }, { runAsUser: 0 }, { allowPrivilegeEscalation: true }, { capabilities: { add: ['NET_ADMIN'] } }, { runAsNonRoot: false }, { capabilities: { drop: ['NET_RAW'] } }, { seccompProfile: { type: 'Unconfined' } }, { privileged: true, allowPrivilegeEscalation: false }),
    2,
  );
  const podContext = pick(
    fc.constantFrom<Record<string, unknown>>({ runAsUser: 1000, fsGroup: 2000 }, { seccompProfile: { type: 'RuntimeDefault' } }, { runAsNonRoot: true }, {}),
    fc.constantFrom<Record<string, unknown>>({ runAsUser: 0 }, { runAsNonRoot: false }, { seccompProfile: { type: 'Unconfined' } }, { runAsUser: -1 }),
    2,
  );

  const container = (withProbes: boolean): fc.Arbitrary<ContainerRecipe> =>
    rec(
      {
        name,
        image: faults ? fc.option(image, { nil: undefined, freq: 15 }) : image,
        command: opt(fc.array(anyString, { minLength: 1, maxLength: 3 })),
        args: opt(fc.array(anyString, { maxLength: 3 })),
        ports: opt(fc.array(rec({ containerPort: port, name: opt(portName), protocol: opt(pick(fc.constantFrom('TCP', 'UDP', 'SCTP'), fc.constantFrom('tcp', 'HTTP'))) }, { requiredKeys: ['containerPort'] }), { maxLength: 2 })),
        livenessProbe: withProbes ? opt(probe(pick(fc.constant(1), fc.constantFrom(0, 2)))) : fc.constant(undefined),
        readinessProbe: withProbes ? opt(probe(count(1, 5))) : fc.constant(undefined),
        startupProbe: withProbes ? opt(probe(pick(fc.constant(1), fc.constant(3))), 4) : fc.constant(undefined),
        resources: opt(resources),
        env: opt(fc.array(env, { maxLength: 3 })),
        volumeMounts: opt(fc.array(rec({ name: volumeName, mountPath, readOnly: opt(fc.boolean()) }, { requiredKeys: ['name', 'mountPath'] }), { maxLength: 2 })),
        securityContext: opt(containerContext, 3),
      },
      { requiredKeys: ['name', 'image'] },
    );

  const labelKey = pick(
    fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), fc.constantFrom('app.kubernetes.io/name', 'example.com/tier', 'yes', 'on', 'y', '1', 'true', 'null')),
    fc.constantFrom('', '-a', 'a/b/c', 'x'.repeat(64), 'kubernetes.io/', '/a', 'a b'),
  );
  const labelValue = pick(
    fc.oneof(fc.stringMatching(/^([a-z0-9]([-a-z0-9_.]{0,6}[a-z0-9])?)?$/), fc.constantFrom(...YAML_TRICKY_STRINGS.filter((s) => /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/.test(s)))),
    fc.constantFrom(' x', 'a b', 'x'.repeat(64), '-a', 'a:b', 'ü'),
  );
  const labels = dict(labelKey, labelValue, 3);
  const annotationKey = fc.oneof(labelKey, fc.constantFrom('note', 'example.com/script'));
  const sidecar: fc.Arbitrary<SidecarRecipe> = rec(
    { id: dnsLabel, image, native: opt(fc.boolean()), shares: opt(rec({ volume: faults ? volumeName : fc.constant('shared'), mountPath: faults ? mountPath : fc.constant('/shared') })) },
    { requiredKeys: ['id', 'image'] },
  );

  const recipe: fc.Arbitrary<PodRecipe> = rec(
    {
      host: fc.constantFrom<HostKind>('Pod', 'Pod', 'Pod', 'Deployment', 'Job', 'StatefulSet', 'DaemonSet'),
      id: pick(dnsLabel, fc.constantFrom('Web', 'web_1', 'x'.repeat(70), '0755')),
      kubernetesVersion: fc.constantFrom('1.28', '1.29', '1.31', '1.33', '1.36'),
      securityProfile: fc.option(fc.constantFrom<'restricted' | 'none'>('restricted', 'none'), { nil: undefined, freq: 4 }),
      labels: opt(labels),
      annotations: opt(dict(annotationKey, anyString, 2)),
      nodeSelector: opt(labels),
      restartPolicy: opt(pick(fc.constantFrom('Always', 'OnFailure', 'Never'), fc.constant('Sometimes'))),
      securityContext: opt(podContext, 3),
      containers: pick(fc.array(container(true), { minLength: 1, maxLength: 3 }), fc.constant<ContainerRecipe[]>([]), 15),
      initContainers: fc.array(container(faults), { maxLength: 1 }),
      volumes: fc.array(volume, { maxLength: 2 }),
      sidecar: opt(sidecar, 3),
    },
    { requiredKeys: ['host', 'id', 'kubernetesVersion', 'containers', 'initContainers', 'volumes'] },
  );
  return faults ? recipe : recipe.map(normalizeRecipe);
}
