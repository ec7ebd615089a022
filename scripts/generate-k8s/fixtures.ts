import type { UpstreamDefinition, VersionDefinitions } from './read-definitions';

type Definitions = Record<string, UpstreamDefinition>;

const meta: Definitions = {
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {
    type: 'object',
    properties: { name: { type: 'string' }, labels: { type: 'object', additionalProperties: { type: 'string' } } },
  },
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { oneOf: [{ type: 'string' }, { type: 'integer' }] },
  'io.k8s.apimachinery.pkg.runtime.RawExtension': { type: 'object' },
};

function pod(extraContainerFields: Definitions[string]['properties'], required: string[]): Definitions {
  return {
    ...meta,
    'io.k8s.api.core.v1.Pod': {
      type: 'object',
      'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'Pod' }],
      properties: {
        kind: { type: 'string', enum: ['Pod'] },
        metadata: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
        spec: { $ref: '#/definitions/io.k8s.api.core.v1.PodSpec' },
        status: { $ref: '#/definitions/io.k8s.api.core.v1.PodStatus' },
      },
    },
    'io.k8s.api.core.v1.PodStatus': { type: 'object', properties: { phase: { type: 'string' } } },
    'io.k8s.api.core.v1.PodSpec': {
      type: 'object',
      required: ['containers'],
      properties: {
        containers: {
          type: 'array',
          items: { $ref: '#/definitions/io.k8s.api.core.v1.Container' },
          'x-kubernetes-list-type': 'map',
          'x-kubernetes-list-map-keys': ['name'],
        },
        extra: { $ref: '#/definitions/io.k8s.apimachinery.pkg.runtime.RawExtension' },
      },
    },
    'io.k8s.api.core.v1.Container': {
      type: 'object',
      required,
      properties: {
        name: { type: 'string' },
        port: { $ref: '#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
        replicas: { type: 'integer', format: 'int32' },
        ...extraContainerFields,
      },
    },
    'io.k8s.api.core.v1.Unreferenced': { type: 'object', properties: { x: { type: 'string' } } },
  };
}

/** Three small versions: `restartPolicy` appears in the second; `name` stops being required in the third. */
export function threeVersions(): VersionDefinitions[] {
  return [
    { version: '1.28', definitions: pod({}, ['name']) },
    { version: '1.29', definitions: pod({ restartPolicy: { type: 'string', enum: ['Always'] } }, ['name']) },
    { version: '1.30', definitions: pod({ restartPolicy: { type: 'string', enum: ['Always', 'Never'] } }, []) },
  ];
}
