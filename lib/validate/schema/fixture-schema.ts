/**
 * A small hand-written compact schema for the schema layer's tests: three versions,
 * one kind in two apiVersions, every shape, version ranges, enums, list-maps and sets.
 */
import type { CompactSchema } from '../../k8s/schema-format';

/** Versions 1.28, 1.29, 1.30; kinds `example.io/v1/Widget`, `example.io/v1beta1/Widget` (until 1.29), `v1/Gadget` (from 1.30). */
export const FIXTURE_SCHEMA: CompactSchema = {
  versions: ['1.28', '1.29', '1.30'],
  types: [
    {
      name: 'example.v1.Widget',
      fields: {
        apiVersion: { t: 's' },
        kind: { t: 's', e: ['Widget', 'Gadget'] },
        metadata: { t: 1 },
        spec: { t: 2 },
      },
    },
    {
      name: 'example.v1.Meta',
      fields: {
        name: { t: 's' },
        namespace: { t: 's' },
        labels: { t: ['{}', 's'] },
        finalizers: { t: ['[]', 's'], set: 1 },
      },
    },
    {
      name: 'example.v1.WidgetSpec',
      fields: {
        replicas: { t: 'i', f: 32 },
        generation: { t: 'i', f: 64 },
        size: { t: 'q' },
        port: { t: 'is' },
        ratio: { t: 'n' },
        enabled: { t: 'b' },
        mode: { t: 's', e: ['A', 'B', 'C'], ev: { C: [1] } },
        items: { t: ['[]', 3], k: ['name', 'protocol'] },
        newField: { t: 's', s: 2 },
        oldField: { t: 's', u: 1 },
        extra: { t: 'a' },
        counts: { t: ['{}', 'i'], f: 64 },
        matrix: { t: ['[]', ['[]', 'i']], f: 32 },
        required: { t: 's', r: 1 },
        laterRequired: { t: 's', r: [1] },
        child: { t: 2 },
      },
    },
    {
      name: 'example.v1.Item',
      fields: {
        name: { t: 's', r: 1 },
        protocol: { t: 's' },
      },
    },
  ],
  kinds: {
    'example.io/v1/Widget': { type: 0 },
    'example.io/v1beta1/Widget': { type: 0, u: 1 },
    'v1/Gadget': { type: 0, s: 2 },
  },
};
